// Sanity rules for an incident's key times, checked on declare and on every edit so that the
// derived durations (./durations.ts) are never negative nonsense. Pure; returns one issue per
// offending field, named like the API field, so a form can mark each.
import type { ErrorIssue } from '../errors/app-error.ts';

/** How far in the future a time may be: clocks differ, people round up. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

export const keyTimeFields = ['startedAt', 'detectedAt', 'acknowledgedAt', 'mitigatedAt', 'resolvedAt', 'closedAt'] as const;
export type KeyTimeField = (typeof keyTimeFields)[number];
export type KeyTimeValues = Partial<Record<KeyTimeField, Date | null>>;

// Impact begins before anything else can happen to it; an incident closes after it resolves.
const notBefore: Array<[field: KeyTimeField, earlier: KeyTimeField]> = [
  ['detectedAt', 'startedAt'],
  ['acknowledgedAt', 'startedAt'],
  ['mitigatedAt', 'startedAt'],
  ['resolvedAt', 'startedAt'],
  ['closedAt', 'startedAt'],
  ['closedAt', 'resolvedAt'],
];

/**
 * Issues for the key times as they would be after a change. `changed` limits the check to
 * fields the caller touched, so an old inconsistency does not block an unrelated edit.
 */
export function keyTimeIssues(times: KeyTimeValues, now: Date, changed?: ReadonlySet<string>): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const touched = (f: KeyTimeField) => !changed || changed.has(f);
  for (const f of keyTimeFields) {
    const t = times[f];
    if (t && touched(f) && t.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
      issues.push({ path: f, message: 'Cannot be more than 5 minutes in the future.', code: 'future_time' });
    }
  }
  for (const [f, earlier] of notBefore) {
    const t = times[f];
    const e = times[earlier];
    if (t && e && (touched(f) || touched(earlier)) && t.getTime() < e.getTime() && !issues.some((i) => i.path === f)) {
      issues.push({ path: f, message: `Cannot be before ${earlier}.`, code: 'time_order' });
    }
  }
  return issues;
}
