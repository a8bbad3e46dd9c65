// Alerts as the API and pages show them: built from a Prisma select, never the raw row.
import type { AlertDetailOutput, AlertStatus, AlertSummaryOutput } from './schemas.ts';
import type { Correlation } from './correlate-change.ts';
import { formatReference } from '../incidents/reference.ts';

export const alertSummarySelect = {
  id: true, dedupKey: true, status: true, severity: true, summary: true, occurrences: true, startsAt: true, endsAt: true, lastSeenAt: true, createdAt: true,
  outcome: true, flapping: true, duringChangeId: true, correlation: true,
  source: { select: { id: true, name: true, type: true } },
  service: { select: { slug: true, name: true } },
  incident: { select: { number: true } },
} as const;

export const alertDetailSelect = {
  ...alertSummarySelect,
  labels: true, annotations: true, payload: true, groupKey: true,
  rule: { select: { id: true, name: true } },
  events: { orderBy: { id: 'desc' as const }, take: 200, select: { id: true, status: true, occurredAt: true, processedAt: true, outcome: true, note: true } },
} as const;

interface SummaryRow {
  id: string; dedupKey: string; status: string; severity: string; summary: string; occurrences: number; startsAt: Date; endsAt: Date | null; lastSeenAt: Date;
  outcome: string | null; flapping: boolean; duringChangeId: string | null; correlation: unknown;
  source: { id: string; name: string; type: string }; service: { slug: string; name: string } | null; incident: { number: number } | null;
}

export function toAlertSummary(a: SummaryRow): AlertSummaryOutput {
  return {
    id: a.id, source: a.source, dedupKey: a.dedupKey, status: a.status as AlertStatus, severity: a.severity, summary: a.summary, service: a.service,
    incident: a.incident ? { reference: formatReference(a.incident.number) } : null, occurrences: a.occurrences,
    startsAt: a.startsAt.toISOString(), endsAt: a.endsAt?.toISOString() ?? null, lastSeenAt: a.lastSeenAt.toISOString(),
    outcome: a.outcome, flapping: a.flapping, duringChange: a.duringChangeId !== null, correlation: (a.correlation as Correlation | null) ?? null,
  };
}

interface DetailRow extends SummaryRow {
  labels: unknown; annotations: unknown; payload: unknown; groupKey: string | null; rule: { id: string; name: string } | null;
  events: { id: bigint; status: string; occurredAt: Date; processedAt: Date | null; outcome: string | null; note: string | null }[];
}

export function toAlertDetail(a: DetailRow): AlertDetailOutput {
  return {
    ...toAlertSummary(a),
    labels: (a.labels ?? {}) as Record<string, string>,
    annotations: (a.annotations ?? {}) as Record<string, string>,
    payload: a.payload,
    groupKey: a.groupKey,
    rule: a.rule,
    history: a.events.map((e) => ({
      id: e.id.toString(), status: e.status as AlertStatus, occurredAt: e.occurredAt.toISOString(), processedAt: e.processedAt?.toISOString() ?? null, outcome: e.outcome, note: e.note,
    })),
  };
}
