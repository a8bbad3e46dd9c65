import 'server-only';
// The `Backup` row of a finished run (see the model in schema.prisma). A database at an older
// migration level (before the table existed) just has no history: the backup still counts.
import type { DbTx } from '../db/client.ts';

export interface BackupRun {
  kind: 'logical' | 'base';
  trigger: 'schedule' | 'cli';
  startedAt: Date;
  finishedAt: Date;
  ok: boolean;
  path?: string | null;
  sizeBytes?: number | null;
  rows?: number | null;
  error?: string | null;
  verify?: { ok: boolean; error?: string | null; at: Date } | null;
}

export async function recordBackupRun(db: DbTx, run: BackupRun): Promise<string | null> {
  try {
    const row = await db.backup.create({
      data: {
        kind: run.kind,
        trigger: run.trigger,
        status: run.ok ? 'succeeded' : 'failed',
        startedAt: run.startedAt,
        finishedAt: run.finishedAt,
        durationMs: run.finishedAt.getTime() - run.startedAt.getTime(),
        path: run.path ?? null,
        sizeBytes: run.sizeBytes == null ? null : BigInt(run.sizeBytes),
        rows: run.rows ?? null,
        error: run.error ? run.error.slice(0, 2000) : null,
        verifiedAt: run.verify?.at ?? null,
        verifyOk: run.verify?.ok ?? null,
        verifyError: run.verify?.error ?? null,
      },
      select: { id: true },
    });
    return row.id;
  } catch (e) {
    if ((e as { code?: string }).code === 'P2021') return null; // table does not exist yet
    throw e;
  }
}
