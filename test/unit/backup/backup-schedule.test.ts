import { describe, expect, it } from 'vitest';
import { allowedBackupAgeMs, isBackupOverdue, isValidCron } from '@/lib/backup/backup-schedule';
import { loadOrder } from '@/lib/backup/catalog';
import { manifestChecksum } from '@/lib/backup/manifest';

const H = 3_600_000;

describe('backup schedule', () => {
  it('allows one interval of the schedule plus a grace', () => {
    const now = new Date('2026-12-04T20:30:00Z');
    expect(allowedBackupAgeMs('0 */6 * * *', now)).toBe(6 * H + 0.6 * H);
    expect(allowedBackupAgeMs('*/10 * * * *', now)).toBe(10 * 60_000 + 15 * 60_000);
  });

  it('warns when the newest good backup is older than that, or there is none', () => {
    const now = new Date('2026-12-04T20:30:00Z');
    expect(isBackupOverdue('0 */6 * * *', new Date('2026-12-04T18:00:00Z'), now)).toBe(false);
    expect(isBackupOverdue('0 */6 * * *', new Date('2026-12-04T12:00:00Z'), now)).toBe(true);
    expect(isBackupOverdue('0 3 * * *', new Date('2026-12-04T03:00:00Z'), now)).toBe(false);
    expect(isBackupOverdue('0 3 * * *', new Date('2026-12-03T03:00:00Z'), now)).toBe(true);
    expect(isBackupOverdue('0 3 * * *', null, now)).toBe(true);
  });

  it('tells a valid cron expression from a typo', () => {
    expect(isValidCron('0 */6 * * *')).toBe(true);
    expect(isValidCron('every six hours')).toBe(false);
  });
});

describe('backup catalog', () => {
  it('loads referenced tables first and survives a cycle', () => {
    const order = loadOrder(['Incident', 'TimelineEntry', 'User', 'A', 'B'], [
      { table: 'TimelineEntry', references: 'Incident' },
      { table: 'Incident', references: 'User' },
      { table: 'A', references: 'B' },
      { table: 'B', references: 'A' },
    ]);
    expect(order.indexOf('User')).toBeLessThan(order.indexOf('Incident'));
    expect(order.indexOf('Incident')).toBeLessThan(order.indexOf('TimelineEntry'));
    expect(order.sort()).toEqual(['A', 'B', 'Incident', 'TimelineEntry', 'User']);
  });

  it('gives one checksum for the whole backup that changes with any table', () => {
    const a = manifestChecksum([{ name: 'x', rows: 1, sha256: 'a'.repeat(64) }, { name: 'y', rows: 2, sha256: 'b'.repeat(64) }]);
    expect(manifestChecksum([{ name: 'y', rows: 2, sha256: 'b'.repeat(64) }, { name: 'x', rows: 1, sha256: 'a'.repeat(64) }])).toBe(a);
    expect(manifestChecksum([{ name: 'x', rows: 1, sha256: 'a'.repeat(64) }, { name: 'y', rows: 3, sha256: 'b'.repeat(64) }])).not.toBe(a);
  });
});
