// `restore --to-time ISO [--to DIR]`: rebuilds the embedded data directory at a moment from
// FIREBREAK_WAL_ARCHIVE (its base backups and archived WAL). Needs no running database.
import path from 'node:path';
import { restoreToTime } from '../../lib/backup/pitr/restore-to-time.ts';
import { getEnv } from '../../lib/config/env.ts';
import { AppError } from '../../lib/errors/app-error.ts';

type Out = (line: string) => void;

export async function runPointInTimeRestore(at: string, to: string | undefined, out: Out, err: Out): Promise<void> {
  const env = getEnv();
  const target = new Date(at);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(at) || Number.isNaN(target.getTime())) {
    throw new AppError('invalid', `--to-time "${at}" is not an ISO 8601 time such as 2026-12-04T15:30:00Z.`);
  }
  if (!env.FIREBREAK_WAL_ARCHIVE) throw new AppError('invalid', 'Point-in-time restore needs FIREBREAK_WAL_ARCHIVE: the directory the embedded PostgreSQL archived its WAL into.');
  const stamp = target.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const dir = path.resolve(to ?? `${env.FIREBREAK_DATA_DIR.replace(/\/+$/, '')}-restored-${stamp}`);
  const r = await restoreToTime({ archiveDir: env.FIREBREAK_WAL_ARCHIVE, target, toDataDir: dir, log: err });
  err(`Recovered to ${target.toISOString()} from the base backup of ${r.base.stoppedAt} in ${(r.durationMs / 1000).toFixed(1)} s.`);
  err(`Start Firebreak on it with FIREBREAK_DATA_DIR=${r.dataDir} (or stop Firebreak and move ${r.dataDir}/postgres into place).`);
  out(r.dataDir);
}
