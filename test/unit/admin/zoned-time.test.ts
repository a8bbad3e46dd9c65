// The audit filters read and write times in the reader's time zone, not the server's.
import { describe, expect, it } from 'vitest';
import { fromWallTime, toWallTime } from '@/lib/kernel/zoned-time';

describe('wall time in a time zone', () => {
  it('shows an instant as the local clock reads it', () => {
    expect(toWallTime('2026-03-01T00:30:00Z', 'Asia/Shanghai')).toBe('2026-03-01T08:30');
    expect(toWallTime('2026-03-01T00:30:00Z', 'UTC')).toBe('2026-03-01T00:30');
    expect(toWallTime('2026-03-01T00:30:00Z', 'America/New_York')).toBe('2026-02-28T19:30');
  });

  it('turns a local clock reading back into the instant', () => {
    expect(fromWallTime('2026-03-01T08:30', 'Asia/Shanghai')).toBe('2026-03-01T00:30:00.000Z');
    expect(fromWallTime('2026-07-01T12:00', 'Europe/Berlin')).toBe('2026-07-01T10:00:00.000Z');
    expect(fromWallTime('2026-01-01T12:00', 'Europe/Berlin')).toBe('2026-01-01T11:00:00.000Z');
  });

  it('round-trips across a daylight-saving change', () => {
    for (const iso of ['2026-03-29T00:30:00.000Z', '2026-03-29T01:30:00.000Z', '2026-10-25T03:30:00.000Z']) {
      expect(fromWallTime(toWallTime(iso, 'Europe/Berlin'), 'Europe/Berlin')).toBe(iso);
    }
  });

  it('rejects malformed input', () => {
    expect(fromWallTime('yesterday', 'UTC')).toBeNull();
    expect(toWallTime('nope', 'UTC')).toBe('');
  });
});
