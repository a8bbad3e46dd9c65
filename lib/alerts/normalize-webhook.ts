// Alertmanager and Grafana webhook bodies → IncomingAlert[]: one per entry of `alerts[]`, each
// with its own status, deduplicated on `fingerprint` (computed from the sorted labels when a
// sender leaves it out, which is how Alertmanager computes it too: labels identify an alert).
import { createHash } from 'node:crypto';
import { parseSenderTime, stringifyValues, type IncomingAlert } from './incoming-alert.ts';
import type { AlertmanagerWebhook, GrafanaWebhook } from './sender-schemas.ts';

export function labelFingerprint(labels: Record<string, string>): string {
  const sorted = Object.keys(labels).sort().map((k) => `${k}\u0000${labels[k]}`).join('\u0001');
  return createHash('sha256').update(sorted).digest('hex').slice(0, 16);
}

export function normalizeWebhook(body: AlertmanagerWebhook | GrafanaWebhook, now: Date): IncomingAlert[] {
  return body.alerts.map((a) => {
    const labels = stringifyValues(a.labels);
    const annotations = stringifyValues(a.annotations);
    const extra = a as Partial<GrafanaWebhook['alerts'][number]>;
    if (extra.valueString) annotations.valueString ??= extra.valueString;
    if (extra.values) annotations.values ??= JSON.stringify(extra.values);
    for (const k of ['generatorURL', 'dashboardURL', 'panelURL', 'silenceURL'] as const) {
      const v = (a as Record<string, unknown>)[k];
      if (typeof v === 'string' && v) annotations[k] ??= v;
    }
    const startsAt = parseSenderTime(a.startsAt, now) ?? now;
    return {
      dedupKey: a.fingerprint ?? labelFingerprint(labels),
      status: a.status,
      severity: (labels.severity ?? 'none').toLowerCase().slice(0, 50),
      summary: (annotations.summary ?? annotations.description ?? annotations.message ?? labels.alertname ?? 'alert').slice(0, 1000),
      labels,
      annotations,
      startsAt,
      endsAt: a.status === 'resolved' ? parseSenderTime(a.endsAt, now) : null,
      payload: a,
    };
  });
}
