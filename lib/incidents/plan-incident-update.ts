// Works out what a PATCH changes: the column values to write, the timeline entries that
// record each change, and the audit before/after. Pure (the use case does the I/O), so the
// rules below are unit-tested without a database.
//
// - status moves only as ./status-machine.ts allows. Resolving sets resolvedAt to the given
//   time or now; closing sets closedAt likewise; re-opening clears both. Those times are
//   recorded inside the status_change entry, not as separate entries.
// - resolvedAt only on a resolved or closed incident, closedAt only on a closed one, and key
//   times in a sensible order (./key-times.ts); otherwise 422 naming the field.
// - Unchanged values write nothing: a PATCH that changes nothing bumps no version.
import { AppError, type ErrorIssue } from '../errors/app-error.ts';
import { fieldChangeEntry, statusChangeEntry, type ChangeEntry, type ChangeValue } from './change-entries.ts';
import { keyTimeIssues, type KeyTimeValues } from './key-times.ts';
import type { Severity, UpdateIncidentInput } from './schemas.ts';
import { checkTransition, isOpenStatus, type IncidentStatus } from './status-machine.ts';

const timeFields = ['startedAt', 'detectedAt', 'acknowledgedAt', 'mitigatedAt', 'resolvedAt', 'closedAt', 'nextUpdateAt'] as const;
type TimeField = (typeof timeFields)[number];
const plainFields = ['title', 'summary', 'severity', 'impact', 'customerFacing', 'drill'] as const;

export interface IncidentState extends Record<TimeField, Date | null> {
  title: string;
  summary: string;
  severity: Severity;
  status: IncidentStatus;
  impact: string;
  customerFacing: boolean;
  drill: boolean;
  /** Slugs of the affected services. */
  services: string[];
}

export type IncidentColumns = Partial<Omit<IncidentState, 'services'>>;

export interface UpdatePlan {
  data: IncidentColumns;
  /** The new list of service slugs (de-duplicated, in input order), when it changes. */
  services: string[] | undefined;
  entries: ChangeEntry[];
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;
const toDate = (s: string | null | undefined) => (s === null || s === undefined ? null : new Date(s));
const sameTime = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);
const sortedKey = (xs: string[]) => [...xs].sort().join('\n');

export function planIncidentUpdate(current: IncidentState, input: UpdateIncidentInput, now: Date): UpdatePlan {
  const plan: UpdatePlan = { data: {}, services: undefined, entries: [], before: {}, after: {} };
  const record = (field: string, from: ChangeValue, to: ChangeValue) => {
    plan.before[field] = from;
    plan.after[field] = to;
  };

  for (const f of plainFields) {
    const to = input[f];
    if (to === undefined || to === current[f]) continue;
    (plan.data as Record<string, unknown>)[f] = to;
    plan.entries.push(fieldChangeEntry(f, current[f], to));
    record(f, current[f], to);
  }

  const times: Record<TimeField, Date | null> = { ...current };
  const folded = new Set<TimeField>(); // set by the status change, recorded in its entry
  let status = current.status;
  if (input.status !== undefined && input.status !== current.status) {
    const check = checkTransition(current.status, input.status);
    if (!check.ok) throw new AppError('invalid', check.message, { issues: [{ path: 'status', message: check.message, code: check.reason }] });
    status = input.status;
    const fold = (f: TimeField, to: Date | null) => {
      times[f] = to;
      folded.add(f);
    };
    if (status === 'resolved') fold('resolvedAt', toDate(input.resolvedAt) ?? now);
    if (status === 'closed') fold('closedAt', toDate(input.closedAt) ?? now);
    // Moving to monitoring (a fix is in place) or beyond marks the incident mitigated, when no
    // one recorded that yet: the time is filled in for people, and stays editable.
    if ((status === 'monitoring' || status === 'resolved' || status === 'closed') && !current.mitigatedAt && input.mitigatedAt === undefined && !check.reopening) {
      fold('mitigatedAt', status === 'monitoring' ? now : (times.resolvedAt ?? now));
    }
    if (check.reopening) {
      if (input.resolvedAt === undefined) fold('resolvedAt', null);
      if (input.closedAt === undefined) fold('closedAt', null);
    }
    const changedTimes = Object.fromEntries(
      [...folded].filter((f) => !sameTime(current[f], times[f])).map((f) => [f, { from: iso(current[f]), to: iso(times[f]) }]),
    );
    plan.data.status = status;
    plan.entries.push(statusChangeEntry(current.status, status, { reopened: check.reopening, times: changedTimes }));
    record('status', current.status, status);
  }

  const changed = new Set<string>();
  for (const f of timeFields) {
    if (!folded.has(f) && input[f] !== undefined) times[f] = toDate(input[f]);
    if (sameTime(current[f], times[f])) continue;
    changed.add(f);
    plan.data[f] = times[f];
    if (!folded.has(f)) plan.entries.push(fieldChangeEntry(f, iso(current[f]), iso(times[f])));
    record(f, iso(current[f]), iso(times[f]));
  }

  const issues: ErrorIssue[] = keyTimeIssues(times as KeyTimeValues, now, changed);
  const touched = (f: string) => changed.has(f) || plan.data.status !== undefined;
  if (touched('resolvedAt') && times.resolvedAt && isOpenStatus(status)) {
    issues.push({ path: 'resolvedAt', message: 'Only a resolved or closed incident has a resolved time: set the status to resolved.' });
  }
  if (touched('resolvedAt') && !times.resolvedAt && !isOpenStatus(status)) {
    issues.push({ path: 'resolvedAt', message: 'A resolved or closed incident needs its resolved time.' });
  }
  if (touched('closedAt') && times.closedAt && status !== 'closed') {
    issues.push({ path: 'closedAt', message: 'Only a closed incident has a closed time: set the status to closed.' });
  }
  if (touched('closedAt') && !times.closedAt && status === 'closed') {
    issues.push({ path: 'closedAt', message: 'A closed incident needs its closed time.' });
  }
  if (issues.length > 0) {
    const fields = [...new Set(issues.map((i) => i.path))].join(', ');
    throw new AppError('invalid', `Some fields are not valid: ${fields}.`, { issues });
  }

  if (input.services !== undefined) {
    const next = [...new Set(input.services)];
    if (sortedKey(next) !== sortedKey(current.services)) {
      plan.services = next;
      const [from, to] = [[...current.services].sort(), [...next].sort()];
      plan.entries.push(fieldChangeEntry('services', from, to));
      record('services', from, to);
    }
  }
  return plan;
}

export function isEmptyPlan(plan: UpdatePlan): boolean {
  return plan.entries.length === 0;
}
