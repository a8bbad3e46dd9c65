// The CLI's database-level commands: backup, restore, export, import. Unlike the other
// commands they must not migrate the database first (a restore builds the schema at the
// backup's own level; a backup changes nothing), so cli.ts hands them over before that step.
// The last line of `backup` and `export --to` is the file's path alone, for scripts.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBackup } from '../../lib/backup/create-backup.ts';
import { recordBackupRun } from '../../lib/backup/record-backup-run.ts';
import { restoreBackup } from '../../lib/backup/restore-backup.ts';
import { verifyBackup } from '../../lib/backup/verify-backup.ts';
import { getEnv } from '../../lib/config/env.ts';
import { createDb } from '../../lib/db/client.ts';

import { opsCommands, UsageError } from './ops-specs.ts';

type Out = (line: string) => void;

export { isOpsCommand, UsageError } from './ops-specs.ts';


function parse<T>(name: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    const spec = opsCommands.find((c) => c.name === name);
    throw new UsageError(`${name}: ${(e as Error).message}. Usage: ${name} ${spec?.usage ?? ''}`.trim());
  }
}

export async function runOpsCommand(name: string, args: string[], url: string, out: Out, err: Out): Promise<void> {
  if (name === 'backup') return runBackup(args, url, out, err);
  if (name === 'restore') return runRestore(args, url, out, err);
  const { runExport, runImport } = await import('./export-commands.ts');
  if (name === 'export') return runExport(args, url, out, err);
  return runImport(args, url, out, err);
}

async function runBackup(args: string[], url: string, out: Out, err: Out): Promise<void> {
  const { values, positionals } = parse('backup', () => parseArgs({ args, options: { to: { type: 'string' }, verify: { type: 'boolean' }, base: { type: 'boolean' } }, strict: true, allowPositionals: true }));
  if (positionals.length) throw new UsageError(`backup: unexpected argument "${positionals[0]}". Usage: backup [--to DIR] [--verify]`);
  const env = getEnv();
  if (values.base) return runBaseBackup(url, env, out, err);
  const dir = path.resolve(values.to ?? env.BACKUP_DIR ?? path.join(env.FIREBREAK_DATA_DIR, 'backups'));
  const startedAt = new Date();
  const db = createDb(url, { max: 1 });
  try {
    let created;
    try {
      created = await createBackup(url, { dir, log: err });
    } catch (e) {
      await recordBackupRun(db, { kind: 'logical', trigger: 'cli', startedAt, finishedAt: new Date(), ok: false, error: (e as Error).message }).catch(() => null);
      throw e;
    }
    const rows = created.manifest.tables.reduce((n, t) => n + t.rows, 0);
    err(`Backed up ${rows} row(s) in ${created.manifest.tables.length} table(s) at migration level ${created.manifest.migrations.at(-1) ?? '(none)'}: ${(created.sizeBytes / 1e6).toFixed(2)} MB in ${(created.durationMs / 1000).toFixed(1)} s.`);
    let verify = null;
    if (values.verify) {
      err('Verifying: restoring into a throw-away database…');
      const v = await verifyBackup(created.path, { log: () => {} });
      verify = { ok: v.mismatches.length === 0, at: new Date(), error: v.mismatches.map((m) => `${m.table}: expected ${m.expected}, found ${m.found}`).join('; ') || null };
      if (!verify.ok) throw new Error(`Verification failed: ${verify.error}`);
      err(`Verified: ${v.rows} row(s) in ${v.tables} table(s) restored with identical counts and checksums (${(v.durationMs / 1000).toFixed(1)} s).`);
    }
    await recordBackupRun(db, { kind: 'logical', trigger: 'cli', startedAt, finishedAt: new Date(), ok: true, path: created.path, sizeBytes: created.sizeBytes, rows, verify });
    out(created.path);
  } finally {
    await db.$disconnect().catch(() => {});
  }
}

async function runRestore(args: string[], url: string, out: Out, err: Out): Promise<void> {
  const { values, positionals } = parse('restore', () => parseArgs({ args, options: { force: { type: 'boolean' }, 'to-time': { type: 'string' }, to: { type: 'string' } }, strict: true, allowPositionals: true }));
  if (values['to-time'] !== undefined) {
    const { runPointInTimeRestore } = await import('./pitr-command.ts');
    return runPointInTimeRestore(values['to-time'], values.to, out, err);
  }
  const [file, ...extra] = positionals;
  if (!file || extra.length) throw new UsageError('restore: give one backup file. Usage: restore FILE [--force] | --to-time ISO [--to DIR]');
  const r = await restoreBackup(url, { file: path.resolve(file), force: values.force ?? false, log: err });
  const rows = r.manifest.tables.reduce((n, t) => n + t.rows, 0);
  out(`Restored ${rows} row(s) in ${r.manifest.tables.length} table(s) from the backup of ${r.manifest.createdAt}` +
    (r.upgradedBy.length ? `, then applied ${r.upgradedBy.length} newer migration(s)` : '') + ` (${(r.durationMs / 1000).toFixed(1)} s).`);
}

// `backup --base`: a base backup of the embedded server into FIREBREAK_WAL_ARCHIVE now (the
// worker takes them on BASE_BACKUP_CRON), e.g. right after turning archiving on.
async function runBaseBackup(url: string, env: ReturnType<typeof getEnv>, out: Out, err: Out): Promise<void> {
  if (!env.FIREBREAK_WAL_ARCHIVE) throw new UsageError('backup --base: set FIREBREAK_WAL_ARCHIVE (base backups belong beside the archived WAL).');
  if (env.DATABASE_URL) throw new UsageError('backup --base is for the embedded PostgreSQL; an external server is backed up by its operator (docs/backup.md).');
  const { takeBaseBackup } = await import('../../lib/backup/pitr/take-base-backup.ts');
  const { dir, info } = await takeBaseBackup(url, { pgDataDir: path.resolve(env.FIREBREAK_DATA_DIR, 'postgres'), archiveDir: env.FIREBREAK_WAL_ARCHIVE, keep: env.BASE_BACKUP_KEEP_COUNT });
  err(`Base backup of ${(info.bytes / 1e6).toFixed(1)} MB; restorable to any moment from ${info.stoppedAt} on.`);
  out(dir);
}
