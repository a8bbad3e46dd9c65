// `export [--to FILE]` and `import FILE` (see lib/export). Export streams to stdout, or to a
// file written under a temporary name and renamed, whose path is then the last line.
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { systemActor } from '../../lib/auth/actor.ts';
import { createDb } from '../../lib/db/client.ts';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { exportWorkspace } from '../../lib/export/export-workspace.ts';
import { importWorkspace } from '../../lib/export/import-workspace.ts';
import { readExport } from '../../lib/export/read-export.ts';
import { UsageError } from './ops-specs.ts';

type Out = (line: string) => void;

function args(name: string, argv: string[], options: Record<string, { type: 'string' }>) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (e) {
    throw new UsageError(`${name}: ${(e as Error).message}`);
  }
}

export async function runExport(argv: string[], url: string, out: Out, err: Out): Promise<void> {
  const { values } = args('export', argv, { to: { type: 'string' } });
  await applyMigrations(url, { log: err });
  const db = createDb(url, { max: 2 });
  const target = values.to ? path.resolve(values.to) : null;
  const partial = target ? `${target}.partial` : null;
  const stream = partial ? fs.createWriteStream(partial) : process.stdout;
  try {
    const counts = await exportWorkspace(db, {
      actor: systemActor('cli'),
      write: async (chunk) => {
        if (!stream.write(chunk)) await once(stream, 'drain');
      },
    });
    if (partial && target) {
      await new Promise<void>((resolve, reject) => (stream as fs.WriteStream).end((e?: Error | null) => (e ? reject(e) : resolve())));
      fs.renameSync(partial, target);
      err(`Exported ${counts.incidents ?? 0} incident(s), ${counts.users ?? 0} user(s), ${counts.knownIssues ?? 0} known issue(s), ${counts.changes ?? 0} change(s).`);
      out(target);
    }
  } catch (e) {
    if (partial) fs.rmSync(partial, { force: true });
    throw e;
  } finally {
    await db.$disconnect();
  }
}

export async function runImport(argv: string[], url: string, out: Out, err: Out): Promise<void> {
  const { positionals } = args('import', argv, {});
  const [file, ...extra] = positionals;
  if (!file || extra.length) throw new UsageError('import: give one export file. Usage: import FILE');
  await applyMigrations(url, { log: err });
  const db = createDb(url, { max: 2 });
  try {
    const r = await importWorkspace(db, { actor: systemActor('cli'), events: readExport(path.resolve(file)), log: err });
    out(`Imported ${Object.entries(r.counts).map(([k, n]) => `${n} ${k}`).join(', ') || 'nothing'}.`);
    if (r.skippedSubscriptions) out(`Skipped ${r.skippedSubscriptions} subscription(s) to webhook or chat channels: their URLs and secrets are not in an export; add them again.`);
    out('People have no password after an import: set one with "npm run cli -- user:reset-password", or sign in with single sign-on.');
  } finally {
    await db.$disconnect();
  }
}
