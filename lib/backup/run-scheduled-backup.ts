import 'server-only';
// The worker's scheduled backup (periodic-tasks.ts, BACKUP_CRON, once across instances by
// pg-boss): a backup file into BACKUP_DIR, its `Backup` row, retention, and — when the newest
// verification is older than BACKUP_VERIFY_HOURS — a test-restore of the new file.
// Retention keeps the BACKUP_KEEP_COUNT newest good files and deletes good files older than
// BACKUP_KEEP_DAYS beyond those, but never the newest good one.
import fs from 'node:fs';
import type { Env } from '../config/env.ts';
import type { Db } from '../db/client.ts';
import { createBackup } from './create-backup.ts';
import { totalRows } from './manifest.ts';
import { recordBackupRun } from './record-backup-run.ts';
import { verifyBackup } from './verify-backup.ts';

export type ScheduledBackupEnv = Pick<Env, 'BACKUP_DIR' | 'BACKUP_KEEP_COUNT' | 'BACKUP_KEEP_DAYS' | 'BACKUP_VERIFY_HOURS'>;

export interface ScheduledBackupResult {
  path: string | null;
  verified: boolean | null;
  pruned: string[];
}

export async function runScheduledBackup(
  db: Db,
  { databaseUrl, env, now = new Date(), log = () => {}, verifyInto }: { databaseUrl: string; env: ScheduledBackupEnv; now?: Date; log?: (m: string) => void; verifyInto?: () => Promise<string> },
): Promise<ScheduledBackupResult> {
  if (!env.BACKUP_DIR) return { path: null, verified: null, pruned: [] };
  const startedAt = new Date();
  let created;
  try {
    created = await createBackup(databaseUrl, { dir: env.BACKUP_DIR });
  } catch (e) {
    await recordBackupRun(db, { kind: 'logical', trigger: 'schedule', startedAt, finishedAt: new Date(), ok: false, error: (e as Error).message });
    log(`backup failed: ${(e as Error).message}`);
    return { path: null, verified: null, pruned: [] };
  }
  let verify: { ok: boolean; error: string | null; at: Date } | null = null;
  if (env.BACKUP_VERIFY_HOURS > 0) {
    const last = await db.backup.findFirst({ where: { kind: 'logical', verifiedAt: { not: null } }, orderBy: { verifiedAt: 'desc' }, select: { verifiedAt: true } });
    if (!last?.verifiedAt || now.getTime() - last.verifiedAt.getTime() >= env.BACKUP_VERIFY_HOURS * 3_600_000) {
      try {
        const v = await verifyBackup(created.path, { intoUrl: verifyInto ? await verifyInto() : undefined });
        verify = { ok: v.mismatches.length === 0, at: new Date(), error: v.mismatches.map((m) => `${m.table}: expected ${m.expected}, found ${m.found}`).join('; ') || null };
      } catch (e) {
        verify = { ok: false, at: new Date(), error: (e as Error).message };
      }
      if (!verify.ok) log(`backup verification failed: ${verify.error}`);
    }
  }
  await recordBackupRun(db, {
    kind: 'logical', trigger: 'schedule', startedAt, finishedAt: new Date(), ok: true,
    path: created.path, sizeBytes: created.sizeBytes, rows: totalRows(created.manifest), verify,
  });
  const pruned = await pruneBackups(db, { env, now });
  return { path: created.path, verified: verify?.ok ?? null, pruned };
}

export async function pruneBackups(db: Db, { env, now }: { env: Pick<Env, 'BACKUP_KEEP_COUNT' | 'BACKUP_KEEP_DAYS'>; now: Date }): Promise<string[]> {
  const good = await db.backup.findMany({
    where: { kind: 'logical', status: 'succeeded', prunedAt: null, path: { not: null } },
    orderBy: { startedAt: 'desc' },
    select: { id: true, path: true, startedAt: true },
  });
  const cutoff = now.getTime() - env.BACKUP_KEEP_DAYS * 86_400_000;
  // Beyond the newest KEEP_COUNT, or older than KEEP_DAYS; the newest is always kept.
  const doomed = good.filter((b, i) => i > 0 && (i >= env.BACKUP_KEEP_COUNT || b.startedAt.getTime() < cutoff));
  for (const b of doomed) {
    fs.rmSync(b.path!, { force: true });
    await db.backup.update({ where: { id: b.id }, data: { prunedAt: now } });
  }
  return doomed.map((b) => b.path!);
}
