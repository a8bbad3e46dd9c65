import 'server-only';
// What /admin/backups and the home-page warning show: whether scheduled backups are on, the
// newest good backup (its size and age), whether it is older than the schedule allows, the
// failures of the last 7 days and the recent runs. Admins only.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { Env } from '../config/env.ts';
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { isBackupOverdue } from './backup-schedule.ts';

export interface BackupRunOutput {
  id: string;
  kind: 'logical' | 'base';
  trigger: string;
  status: 'succeeded' | 'failed';
  startedAt: string;
  durationMs: number;
  sizeBytes: number | null;
  path: string | null;
  rows: number | null;
  error: string | null;
  verifiedAt: string | null;
  verifyOk: boolean | null;
  verifyError: string | null;
  pruned: boolean;
}

export interface BackupStatus {
  scheduled: boolean;
  cron: string;
  dir: string | null;
  walArchive: string | null;
  newestGood: BackupRunOutput | null;
  overdue: boolean;
  failuresLast7Days: number;
  recent: BackupRunOutput[];
}

const select = {
  id: true, kind: true, trigger: true, status: true, startedAt: true, durationMs: true, sizeBytes: true, path: true,
  rows: true, error: true, verifiedAt: true, verifyOk: true, verifyError: true, prunedAt: true,
} as const satisfies Prisma.BackupSelect;

type Row = Prisma.BackupGetPayload<{ select: typeof select }>;

function toOutput(r: Row): BackupRunOutput {
  return {
    id: r.id, kind: r.kind, trigger: r.trigger, status: r.status, startedAt: r.startedAt.toISOString(), durationMs: r.durationMs,
    sizeBytes: r.sizeBytes == null ? null : Number(r.sizeBytes), path: r.path, rows: r.rows, error: r.error,
    verifiedAt: r.verifiedAt?.toISOString() ?? null, verifyOk: r.verifyOk, verifyError: r.verifyError, pruned: r.prunedAt != null,
  };
}

export async function getBackupStatus(
  db: DbTx,
  { actor, env, now = new Date() }: { actor: Actor; env: Pick<Env, 'BACKUP_DIR' | 'BACKUP_CRON' | 'FIREBREAK_WAL_ARCHIVE'>; now?: Date },
): Promise<BackupStatus> {
  requireRole(actor, 'admin');
  const [newest, recent, failures] = await Promise.all([
    db.backup.findFirst({ where: { kind: 'logical', status: 'succeeded', prunedAt: null }, orderBy: { startedAt: 'desc' }, select }),
    db.backup.findMany({ orderBy: { startedAt: 'desc' }, take: 20, select }),
    db.backup.count({ where: { status: 'failed', startedAt: { gte: new Date(now.getTime() - 7 * 86_400_000) } } }),
  ]);
  const scheduled = Boolean(env.BACKUP_DIR);
  return {
    scheduled,
    cron: env.BACKUP_CRON,
    dir: env.BACKUP_DIR ?? null,
    walArchive: env.FIREBREAK_WAL_ARCHIVE ?? null,
    newestGood: newest ? toOutput(newest) : null,
    overdue: scheduled && isBackupOverdue(env.BACKUP_CRON, newest?.startedAt ?? null, now),
    failuresLast7Days: failures,
    recent: recent.map((r) => toOutput(r)),
  };
}
