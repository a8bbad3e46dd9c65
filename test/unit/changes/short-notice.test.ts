import { describe, expect, it } from 'vitest';
import { isShortNotice } from '@/lib/changes/short-notice';

const announcedAt = new Date('2026-03-01T00:00:00Z');
const at = (hours: number) => new Date(announcedAt.getTime() + hours * 3_600_000);

describe('isShortNotice', () => {
  it('is short when the change comes sooner than the notice period', () => {
    expect(isShortNotice({ announcedAt, scheduledAt: at(23.9), noticePeriodHours: 24 })).toBe(true);
  });
  it('is not short at exactly the notice period or later', () => {
    expect(isShortNotice({ announcedAt, scheduledAt: at(24), noticePeriodHours: 24 })).toBe(false);
    expect(isShortNotice({ announcedAt, scheduledAt: at(72), noticePeriodHours: 48 })).toBe(false);
  });
  it('marks a change already in the past as short, and none with a zero period', () => {
    expect(isShortNotice({ announcedAt, scheduledAt: at(-1), noticePeriodHours: 1 })).toBe(true);
    expect(isShortNotice({ announcedAt, scheduledAt: at(0), noticePeriodHours: 0 })).toBe(false);
  });
});
