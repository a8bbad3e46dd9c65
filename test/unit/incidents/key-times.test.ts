import { describe, expect, it } from 'vitest';
import { keyTimeIssues } from '@/lib/incidents/key-times';

const now = new Date('2026-03-01T12:00:00Z');
const t = (iso: string) => new Date(`2026-03-01T${iso}Z`);

describe('key time rules', () => {
  it('accepts times in order, in the past', () => {
    expect(keyTimeIssues({ startedAt: t('10:00:00'), detectedAt: t('10:05:00'), resolvedAt: t('11:00:00'), closedAt: t('11:30:00') }, now)).toEqual([]);
  });

  it('refuses times more than 5 minutes ahead, naming the field', () => {
    expect(keyTimeIssues({ detectedAt: t('12:04:00') }, now)).toEqual([]);
    expect(keyTimeIssues({ detectedAt: t('12:06:00') }, now)).toEqual([
      { path: 'detectedAt', message: 'Cannot be more than 5 minutes in the future.', code: 'future_time' },
    ]);
  });

  it('refuses anything before impact began, and closing before resolving', () => {
    const issues = keyTimeIssues({ startedAt: t('10:00:00'), detectedAt: t('09:00:00'), resolvedAt: t('11:00:00'), closedAt: t('10:30:00') }, now);
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      ['detectedAt', 'Cannot be before startedAt.'],
      ['closedAt', 'Cannot be before resolvedAt.'],
    ]);
  });

  it('only checks the fields that changed', () => {
    const times = { startedAt: t('10:00:00'), detectedAt: t('09:00:00'), mitigatedAt: t('10:30:00') };
    expect(keyTimeIssues(times, now, new Set(['mitigatedAt']))).toEqual([]);
    expect(keyTimeIssues(times, now, new Set(['startedAt']))).toHaveLength(1);
  });
});
