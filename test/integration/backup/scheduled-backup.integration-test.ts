// The worker's scheduled backup: a file and a `Backup` row per run, retention by count, a
// failure recorded with its reason, and the status admins see (newest good backup, overdue).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getBackupStatus } from '@/lib/backup/get-backup-status';
import { runScheduledBackup } from '@/lib/backup/run-scheduled-backup';
import { getEnv } from '@/lib/config/env';
import { periodicTasks } from '@/lib/worker/periodic-tasks';
import { createTestActor } from '../../support/actors.ts';
import { createScratchDatabase, testDatabaseUrl, testDb } from '../../support/db.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'firebreak-scheduled-'));
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const d of drops) await d();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('scheduled backups', () => {
  it('writes a file per run, keeps the newest BACKUP_KEEP_COUNT, verifies when due, and reports status', async () => {
    const db = testDb();
    const env = { BACKUP_DIR: dir, BACKUP_KEEP_COUNT: 2, BACKUP_KEEP_DAYS: 30, BACKUP_VERIFY_HOURS: 24 };
    const verifyInto = async () => {
      const s = await createScratchDatabase('verify');
      drops.push(s.drop);
      return s.url;
    };
    const paths: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await runScheduledBackup(db, { databaseUrl: testDatabaseUrl(), env, verifyInto });
      expect(r.path).not.toBeNull();
      paths.push(r.path!);
      if (i === 0) expect(r.verified).toBe(true); // the first run verifies, the next ones are within 24 h
      else expect(r.verified).toBeNull();
      await new Promise((res) => setTimeout(res, 1100)); // file names are per second
    }
    expect(fs.existsSync(paths[0]!)).toBe(false);
    expect(fs.existsSync(paths[1]!) && fs.existsSync(paths[2]!)).toBe(true);
    const rows = await db.backup.findMany({ where: { path: { in: paths } }, orderBy: { startedAt: 'asc' }, select: { status: true, prunedAt: true, verifyOk: true, sizeBytes: true } });
    expect(rows.map((r) => [r.status, r.prunedAt != null])).toEqual([['succeeded', true], ['succeeded', false], ['succeeded', false]]);
    expect(rows[0]!.verifyOk).toBe(true);

    const { actor } = await createTestActor(db, 'admin');
    const status = await getBackupStatus(db, { actor, env: { BACKUP_DIR: dir, BACKUP_CRON: '0 */6 * * *', FIREBREAK_WAL_ARCHIVE: undefined } });
    expect(status.newestGood?.path).toBe(paths[2]);
    expect(status.newestGood?.sizeBytes).toBeGreaterThan(0);
    expect(status.overdue).toBe(false);
    // Six hours and a bit later with no new backup, the schedule is overdue.
    const later = await getBackupStatus(db, { actor, env: { BACKUP_DIR: dir, BACKUP_CRON: '0 */6 * * *', FIREBREAK_WAL_ARCHIVE: undefined }, now: new Date(Date.now() + 7 * 3_600_000) });
    expect(later.overdue).toBe(true);
  }, 60_000);

  it('records a failed run with its reason', async () => {
    const db = testDb();
    const notADir = path.join(dir, 'a-file');
    fs.writeFileSync(notADir, 'x');
    const r = await runScheduledBackup(db, { databaseUrl: testDatabaseUrl(), env: { BACKUP_DIR: notADir, BACKUP_KEEP_COUNT: 2, BACKUP_KEEP_DAYS: 30, BACKUP_VERIFY_HOURS: 0 } });
    expect(r.path).toBeNull();
    const failed = await db.backup.findFirst({ where: { status: 'failed' }, orderBy: { startedAt: 'desc' }, select: { error: true, trigger: true } });
    expect(failed).toMatchObject({ trigger: 'schedule', error: expect.stringMatching(/EEXIST|ENOTDIR|not a directory/i) });
    const { actor } = await createTestActor(db, 'admin');
    expect((await getBackupStatus(db, { actor, env: { BACKUP_DIR: dir, BACKUP_CRON: '0 */6 * * *', FIREBREAK_WAL_ARCHIVE: undefined } })).failuresLast7Days).toBeGreaterThan(0);
    // Only admins see it.
    const viewer = await createTestActor(db, 'viewer');
    await expect(getBackupStatus(db, { actor: viewer.actor, env: { BACKUP_DIR: dir, BACKUP_CRON: '0 */6 * * *', FIREBREAK_WAL_ARCHIVE: undefined } })).rejects.toThrow();
  });

  it("is one of the worker's periodic tasks, on BACKUP_CRON, doing nothing while BACKUP_DIR is unset", async () => {
    const task = periodicTasks.find((t) => t.name === 'scheduled-backup');
    expect(task?.cron).toBe(getEnv().BACKUP_CRON);
    expect(getEnv().BACKUP_DIR).toBeUndefined();
    const before = await testDb().backup.count();
    expect(await task!.run(testDb(), new Date(), { databaseUrl: testDatabaseUrl() })).toBe(0);
    expect(await testDb().backup.count()).toBe(before);
    expect(periodicTasks.find((t) => t.name === 'base-backup')?.runAtStart?.()).toBe(false);
  });
});
