import { describe, expect, it } from 'vitest';
import { checkNotice } from '@/components/changes/notice-given';
import { factorCategoryForChange } from '@/lib/root-causes/change-factor-category';

describe('the announce form\'s notice warning', () => {
  const now = new Date('2026-11-22T00:00:00Z');
  const at = (h: number) => new Date(now.getTime() + h * 3_600_000);
  it('warns of short notice with the hours given', () => {
    expect(checkNotice({ now, scheduledAt: at(5.5), noticePeriodHours: 24 })).toEqual({ kind: 'short', givenHours: 5 });
    expect(checkNotice({ now, scheduledAt: at(24), noticePeriodHours: 24 })).toEqual({ kind: 'ok' });
  });
  it('says when the time is in the past, and says nothing before a service and a time are chosen', () => {
    expect(checkNotice({ now, scheduledAt: at(-1), noticePeriodHours: 24 })).toEqual({ kind: 'past' });
    expect(checkNotice({ now, scheduledAt: null, noticePeriodHours: 24 })).toEqual({ kind: 'none' });
    expect(checkNotice({ now, scheduledAt: at(2), noticePeriodHours: null })).toEqual({ kind: 'none' });
  });
});

describe('the factor category of a change linked as trigger', () => {
  it('maps each change kind', () => {
    expect(factorCategoryForChange('configuration')).toBe('configuration_change');
    expect(factorCategoryForChange('credential')).toBe('credential_expiry');
    expect(factorCategoryForChange('deployment')).toBe('deployment');
    expect(factorCategoryForChange('network')).toBe('network');
    expect(factorCategoryForChange('database')).toBe('database');
    expect(factorCategoryForChange('infrastructure')).toBe('other');
    expect(factorCategoryForChange('other')).toBe('other');
  });
});
