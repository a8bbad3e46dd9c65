import { describe, expect, it } from 'vitest';
import { listHref, parseListParams, startOfDayIso } from '@/components/incidents/list-params';

describe('incident list URL parameters', () => {
  it('turns the filter form into the API query, days in the reader’s time zone', () => {
    const p = parseListParams({ status: ['investigating', 'identified'], severity: 'SEV1,SEV2', service: '', from: '2026-03-01', to: '2026-03-01', drill: 'exclude', sort: 'severity' }, 'Asia/Shanghai');
    expect(p.invalid).toBe(false);
    expect(p.query).toMatchObject({
      status: ['investigating', 'identified'], severity: ['SEV1', 'SEV2'], drill: 'exclude', sort: 'severity',
      from: '2026-02-28T16:00:00.000Z', to: '2026-03-01T16:00:00.000Z',
    });
    expect(p.query.service).toBeUndefined();
  });

  it('handles daylight saving days', () => {
    expect(startOfDayIso('2026-03-08', 'America/New_York')).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfDayIso('2026-03-08', 'America/New_York', 1)).toBe('2026-03-09T04:00:00.000Z');
  });

  it('falls back to the default list when a parameter is not valid, and says so', () => {
    const p = parseListParams({ severity: 'SEV9' }, 'UTC');
    expect(p.invalid).toBe(true);
    expect(p.query.severity).toBeUndefined();
  });

  it('keeps the filters in paging links', () => {
    const p = parseListParams({ status: 'resolved', drill: 'only' }, 'UTC');
    expect(listHref(p.form, 'abc')).toBe('/incidents?status=resolved&drill=only&cursor=abc');
    expect(listHref(parseListParams({}, 'UTC').form)).toBe('/incidents');
  });
});
