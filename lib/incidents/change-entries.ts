// The timeline entries the system writes when an incident changes. Pure.
//
// `data` is the record (field, from, to: what the UI localises and the postmortem reads);
// `body` is a plain English sentence for API clients and exports. The live page renders
// system entries from `data` with the incidents.system.* messages instead of the body.
import type { Prisma } from '../db/generated/client.ts';

export interface ChangeEntry {
  kind: 'status_change' | 'field_change';
  body: string;
  data: Prisma.InputJsonObject;
}

export const fieldLabels: Record<string, string> = {
  title: 'Title',
  summary: 'Summary',
  severity: 'Severity',
  status: 'Status',
  impact: 'Impact',
  customerFacing: 'Customer-facing',
  drill: 'Drill',
  services: 'Affected services',
  startedAt: 'Started at',
  detectedAt: 'Detected at',
  acknowledgedAt: 'Acknowledged at',
  mitigatedAt: 'Mitigated at',
  resolvedAt: 'Resolved at',
  closedAt: 'Closed at',
  nextUpdateAt: 'Next update due',
};

// Long free text is not repeated in the sentence (the data keeps both versions).
const longText = new Set(['summary', 'impact']);

export type ChangeValue = string | number | boolean | null | string[];

function show(v: ChangeValue): string {
  if (v === null || v === '' || (Array.isArray(v) && v.length === 0)) return 'none';
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return String(v);
}

export function fieldChangeEntry(field: string, from: ChangeValue, to: ChangeValue): ChangeEntry {
  const label = fieldLabels[field] ?? field;
  const body = longText.has(field)
    ? `${label} ${to === '' ? 'cleared' : 'changed'}`
    : `${label} changed from ${show(from)} to ${show(to)}`;
  return { kind: 'field_change', body, data: { field, from, to } };
}

export interface StatusChangeExtras {
  reopened?: boolean;
  /** Key times the status change set or cleared along with it, e.g. resolvedAt. */
  times?: Record<string, { from: string | null; to: string | null }>;
}

export function statusChangeEntry(from: string, to: string, extras: StatusChangeExtras = {}): ChangeEntry {
  const body = extras.reopened ? `Re-opened: status changed from ${from} to ${to}` : `Status changed from ${from} to ${to}`;
  return {
    kind: 'status_change',
    body,
    data: {
      field: 'status',
      from,
      to,
      ...(extras.reopened ? { reopened: true } : {}),
      ...(extras.times && Object.keys(extras.times).length > 0 ? { times: extras.times } : {}),
    },
  };
}

export function declaredEntry(i: { reference: string; title: string; severity: string; status: string; services: string[] }): ChangeEntry {
  return {
    kind: 'status_change',
    body: `Declared ${i.reference} (${i.severity}): ${i.title}`,
    data: { event: 'declared', field: 'status', from: null, to: i.status, severity: i.severity, services: i.services },
  };
}

export function roleChangeEntry(change: {
  action: 'assigned' | 'unassigned';
  role: string;
  user: { userId: string; name: string };
  replaced?: { userId: string; name: string } | null;
}): ChangeEntry {
  const body =
    change.action === 'assigned'
      ? `${change.user.name} is now ${change.role}${change.replaced ? ` (replacing ${change.replaced.name})` : ''}`
      : `${change.user.name} is no longer ${change.role}`;
  return {
    kind: 'field_change',
    body,
    data: {
      field: 'roles',
      action: change.action,
      role: change.role,
      userId: change.user.userId,
      name: change.user.name,
      ...(change.replaced ? { replaced: change.replaced } : {}),
    },
  };
}
