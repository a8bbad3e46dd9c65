// The one shape every sender's alert is turned into before it is stored: what ingestAlerts()
// takes, so that a source without HTTP (health checks, issue 13) builds these directly.
import type { AlertStatus } from './schemas.ts';

export interface IncomingAlert {
  /** Unique per source: Alertmanager's fingerprint, PagerDuty's dedup_key, a check's id. */
  dedupKey: string;
  status: AlertStatus;
  /** Lowercase, as the sender says it: critical, error, warning, info… */
  severity: string;
  summary: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  startsAt: Date;
  endsAt: Date | null;
  /** The raw entry, kept for the detail page. */
  payload: unknown;
  /** Acknowledge/resolve of a PagerDuty dedup_key never seen: changes nothing, creates nothing. */
  onlyIfKnown?: boolean;
}

export function stringifyValues(map: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(map ?? {})) {
    if (v === null || v === undefined) continue;
    out[k.slice(0, 200)] = (typeof v === 'string' ? v : JSON.stringify(v)).slice(0, 10_000);
  }
  return out;
}

/** Alertmanager's "zero" time (0001-01-01) means "not ended". Invalid or absent → fallback. */
export function parseSenderTime(value: string | undefined, fallback: Date | null): Date | null {
  if (!value || value.startsWith('0001-')) return fallback;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? fallback : d;
}
