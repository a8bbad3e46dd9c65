import 'server-only';
// A base backup of the embedded server for point-in-time restore, without pg_basebackup
// (the embedded package does not ship it): PostgreSQL's non-exclusive low-level API on one
// connection — pg_backup_start, a file copy of the data directory, pg_backup_stop (which waits
// until the WAL the copy needs is archived) — then the backup_label and tablespace map it
// returns are written into the copy. Stored as FIREBREAK_WAL_ARCHIVE/base/<time>/ beside the
// archived WAL in FIREBREAK_WAL_ARCHIVE/wal/.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { Env } from '../../config/env.ts';
import type { Db } from '../../db/client.ts';
import { findRunningEmbeddedDatabase } from '../../db/embedded.ts';
import { recordBackupRun } from '../record-backup-run.ts';
import { copyDataDir } from './copy-data-dir.ts';

export const BASE_INFO_FILE = 'firebreak-base.json';

export interface BaseBackupInfo {
  label: string;
  startedAt: string;
  /** The earliest moment this base backup can be recovered to. */
  stoppedAt: string;
  startLsn: string;
  stopLsn: string;
  bytes: number;
}

export const baseDirOf = (archiveDir: string) => path.join(path.resolve(archiveDir), 'base');

export async function takeBaseBackup(url: string, { pgDataDir, archiveDir, keep }: { pgDataDir: string; archiveDir: string; keep?: number }): Promise<{ dir: string; info: BaseBackupInfo }> {
  const started = new Date();
  const label = `firebreak-${started.toISOString()}`;
  const base = baseDirOf(archiveDir);
  fs.mkdirSync(base, { recursive: true });
  const name = started.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const partial = path.join(base, `.${name}.partial`);
  const final = path.join(base, name);
  const { uid, gid } = fs.statSync(pgDataDir);
  const client = new pg.Client({ connectionString: url, application_name: 'firebreak-base-backup' });
  await client.connect();
  try {
    const { rows: start } = await client.query<{ lsn: string }>('SELECT pg_backup_start($1, true)::text AS lsn', [label]);
    let bytes: number;
    try {
      bytes = copyDataDir(pgDataDir, partial, { uid, gid });
    } catch (e) {
      await client.query('SELECT pg_backup_stop(false)').catch(() => {});
      throw e;
    }
    const { rows: stop } = await client.query<{ lsn: string; labelfile: string; spcmapfile: string | null }>(
      'SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(true)',
    );
    const s = stop[0]!;
    fs.writeFileSync(path.join(partial, 'backup_label'), s.labelfile, { mode: 0o600 });
    fs.chownSync(path.join(partial, 'backup_label'), uid, gid);
    if (s.spcmapfile) {
      fs.writeFileSync(path.join(partial, 'tablespace_map'), s.spcmapfile, { mode: 0o600 });
      fs.chownSync(path.join(partial, 'tablespace_map'), uid, gid);
    }
    const info: BaseBackupInfo = { label, startedAt: started.toISOString(), stoppedAt: new Date().toISOString(), startLsn: start[0]!.lsn, stopLsn: s.lsn, bytes };
    fs.writeFileSync(path.join(base, `${name}.json`), JSON.stringify(info, null, 2));
    fs.renameSync(partial, final);
    if (keep) pruneBaseBackups(archiveDir, keep);
    return { dir: final, info };
  } catch (e) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw e;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The complete base backups, oldest first. */
export function listBaseBackups(archiveDir: string): { dir: string; info: BaseBackupInfo }[] {
  const base = baseDirOf(archiveDir);
  if (!fs.existsSync(base)) return [];
  return fs
    .readdirSync(base)
    .filter((n) => n.endsWith('.json') && fs.existsSync(path.join(base, n.replace(/\.json$/, ''))))
    .sort()
    .map((n) => ({ dir: path.join(base, n.replace(/\.json$/, '')), info: JSON.parse(fs.readFileSync(path.join(base, n), 'utf8')) as BaseBackupInfo }));
}

// Old base backups go; WAL older than the oldest kept one is no longer needed, but is kept:
// deleting archived WAL is the operator's decision (docs/backup.md).
function pruneBaseBackups(archiveDir: string, keep: number): void {
  const all = listBaseBackups(archiveDir);
  for (const b of all.slice(0, Math.max(0, all.length - keep))) {
    fs.rmSync(`${b.dir}.json`, { force: true });
    fs.rmSync(b.dir, { recursive: true, force: true });
  }
}

/** The worker's task: only for the embedded server with archiving on. */
export async function takeBaseBackupIfArchiving(
  db: Db,
  { databaseUrl, env, now }: { databaseUrl?: string; env: Env; now: Date },
): Promise<boolean> {
  if (!env.FIREBREAK_WAL_ARCHIVE || !databaseUrl) return false;
  // Only the embedded server's files are ours to copy: an external PostgreSQL has its own
  // operator's backups (docs/backup.md).
  const running = findRunningEmbeddedDatabase(env.FIREBREAK_DATA_DIR);
  if (!running || new URL(running).port !== new URL(databaseUrl).port) return false;
  const startedAt = now;
  try {
    const { dir, info } = await takeBaseBackup(databaseUrl, {
      pgDataDir: path.resolve(env.FIREBREAK_DATA_DIR, 'postgres'),
      archiveDir: env.FIREBREAK_WAL_ARCHIVE,
      keep: env.BASE_BACKUP_KEEP_COUNT,
    });
    await recordBackupRun(db, { kind: 'base', trigger: 'schedule', startedAt, finishedAt: new Date(), ok: true, path: dir, sizeBytes: info.bytes });
    return true;
  } catch (e) {
    await recordBackupRun(db, { kind: 'base', trigger: 'schedule', startedAt, finishedAt: new Date(), ok: false, error: (e as Error).message });
    return false;
  }
}
