import 'server-only';
// Point-in-time restore of the embedded server: the newest base backup that finished before
// the moment is copied into a new data directory, which PostgreSQL then recovers by replaying
// the archived WAL up to that moment (recovery.signal, restore_command,
// recovery_target_time, recovery_target_action = promote). We run that recovery here, on a
// free port, so the directory handed back is an ordinary, promoted data directory; the
// recovery settings are then removed from postgresql.auto.conf so nothing replays them later.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedDatabase, walDirOf } from '../../db/embedded.ts';
import { findFreePort } from '../../db/ports.ts';
import { AppError } from '../../errors/app-error.ts';
import { listBaseBackups, type BaseBackupInfo } from './take-base-backup.ts';

const RECOVERY_MARK = '# firebreak point-in-time restore';

export interface RestoredToTime {
  /** The FIREBREAK_DATA_DIR to start Firebreak with (the data is in its `postgres` folder). */
  dataDir: string;
  base: BaseBackupInfo;
  durationMs: number;
}

function chownTree(dir: string, uid: number, gid: number): void {
  fs.chownSync(dir, uid, gid);
  for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) chownTree(p, uid, gid);
    else fs.chownSync(p, uid, gid);
  }
}

export async function restoreToTime({ archiveDir, target, toDataDir, log = () => {} }: { archiveDir: string; target: Date; toDataDir: string; log?: (m: string) => void }): Promise<RestoredToTime> {
  const started = Date.now();
  const bases = listBaseBackups(archiveDir);
  if (!bases.length) throw new AppError('not_found', `There is no base backup in ${archiveDir}/base: the worker takes one on BASE_BACKUP_CRON while FIREBREAK_WAL_ARCHIVE is set.`);
  const base = bases.filter((b) => new Date(b.info.stoppedAt) <= target).at(-1);
  if (!base) throw new AppError('invalid', `No base backup finished before ${target.toISOString()}: the earliest moment that can be restored is ${bases[0]!.info.stoppedAt}.`);
  const pgDir = path.join(path.resolve(toDataDir), 'postgres');
  if (fs.existsSync(pgDir) && fs.readdirSync(pgDir).length) {
    throw new AppError('conflict', `${pgDir} is not empty: point-in-time restore writes a new data directory. Choose another --to directory.`);
  }
  log(`Base backup ${path.basename(base.dir)} (finished ${base.info.stoppedAt}); replaying archived WAL to ${target.toISOString()}…`);
  fs.mkdirSync(path.resolve(toDataDir), { recursive: true, mode: 0o755 });
  fs.cpSync(base.dir, pgDir, { recursive: true });
  fs.chmodSync(pgDir, 0o700);
  const { uid, gid } = fs.statSync(base.dir);
  chownTree(pgDir, uid, gid);
  const wal = walDirOf(archiveDir);
  const conf = path.join(pgDir, 'postgresql.auto.conf');
  fs.appendFileSync(conf, [
    RECOVERY_MARK,
    `restore_command = 'cp "${wal}/%f" "%p"'`,
    // PostgreSQL's own timestamp syntax (it refuses ISO 8601's "T…Z" here).
    `recovery_target_time = '${target.toISOString().replace('T', ' ').replace('Z', '+00')}'`,
    `recovery_target_action = 'promote'`,
    '',
  ].join('\n'));
  fs.writeFileSync(path.join(pgDir, 'recovery.signal'), '');
  const logs: string[] = [];
  let server;
  try {
    server = await startEmbeddedDatabase({ dataDir: toDataDir, port: await findFreePort(), log: (line) => logs.push(line) });
  } catch {
    const reason = logs.find((l) => /FATAL|recovery ended before/.test(l)) ?? logs.slice(-3).join(' ');
    throw new AppError('invalid', `Recovery to ${target.toISOString()} did not complete: ${reason.trim()} ` +
      '(a moment after the newest archived WAL cannot be reached yet: archived segments lag by up to archive_timeout).');
  }
  try {
    const c = new pg.Client({ connectionString: server.url });
    await c.connect();
    try {
      const { rows } = await c.query<{ r: boolean }>('SELECT pg_is_in_recovery() AS r');
      if (rows[0]?.r) throw new AppError('internal', 'The restored server is still in recovery.');
    } finally {
      await c.end();
    }
  } finally {
    await server.stop();
  }
  const text = fs.readFileSync(conf, 'utf8');
  fs.writeFileSync(conf, text.slice(0, text.indexOf(RECOVERY_MARK)));
  return { dataDir: path.resolve(toDataDir), base: base.info, durationMs: Date.now() - started };
}
