import 'server-only';
// Reading a backup file: the manifest first, then each table's COPY data, decompressed and
// checked against the manifest's row count and sha256 as it streams. Any difference (a
// flipped byte, a truncated file, a table file swapped from another backup) is reported as a
// damaged backup naming the table, never loaded as if it were good.
import fs from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import zlib from 'node:zlib';
import { entries, type ReadEntry } from 'tar';
import { AppError } from '../errors/app-error.ts';
import { CopyDigest } from './copy-digest.ts';
import { MANIFEST_ENTRY, backupManifest, manifestChecksum, type BackupManifest, type ManifestTable } from './manifest.ts';

export class DamagedBackupError extends AppError {
  constructor(file: string, detail: string) {
    super('invalid', `The backup file ${file} is damaged: ${detail}. Do not restore it; use another backup.`);
  }
}

export interface ReadBackupHandlers {
  /** Called with the manifest before any table; throw to stop (e.g. a newer schema). */
  onManifest?: (manifest: BackupManifest) => Promise<void> | void;
  /** Where each table's COPY data goes; without it the data is only checked. */
  onTable?: (table: ManifestTable) => Promise<Writable> | Writable;
}

function bodyOf(entry: ReadEntry): Readable {
  return Readable.fromWeb(entry.body as unknown as WebReadableStream<Uint8Array>);
}

/** Streams the file through the handlers and returns its manifest once every checksum matched. */
export async function readBackup(file: string, handlers: ReadBackupHandlers = {}): Promise<BackupManifest> {
  if (!fs.existsSync(file)) throw new AppError('not_found', `There is no backup file ${file}.`);
  let manifest: BackupManifest | undefined;
  const seen = new Set<string>();
  try {
    for await (const entry of entries(fs.createReadStream(file), { file, strict: true })) {
      if (!manifest) {
        if (entry.path !== MANIFEST_ENTRY) throw new DamagedBackupError(file, 'it does not start with a manifest (is it a Firebreak backup?)');
        manifest = parseManifest(file, await entry.text());
        await handlers.onManifest?.(manifest);
        continue;
      }
      const table = manifest.tables.find((t) => t.file === entry.path);
      if (!table) throw new DamagedBackupError(file, `it holds ${entry.path}, which its manifest does not list`);
      seen.add(table.file);
      const digest = new CopyDigest();
      const sink = handlers.onTable ? await handlers.onTable(table) : new Writable({ write: (_c, _e, done) => done() });
      try {
        await pipeline(bodyOf(entry), zlib.createGunzip(), digest, sink);
      } catch (e) {
        if ((e as { code?: string }).code?.startsWith('Z_')) throw new DamagedBackupError(file, `the data of table ${table.name} does not decompress (${(e as Error).message})`);
        throw e;
      }
      const sha = digest.digest();
      if (digest.rows !== table.rows || sha !== table.sha256) {
        throw new DamagedBackupError(file, `table ${table.name} has ${digest.rows} row(s) and checksum ${sha.slice(0, 12)}…, the manifest says ${table.rows} row(s) and ${table.sha256.slice(0, 12)}…`);
      }
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new DamagedBackupError(file, (e as Error).message.replace(/\.$/, ''));
  }
  if (!manifest) throw new DamagedBackupError(file, 'it is empty');
  const missing = manifest.tables.filter((t) => !seen.has(t.file));
  if (missing.length) throw new DamagedBackupError(file, `it ends before the data of ${missing.map((t) => t.name).join(', ')} (truncated?)`);
  return manifest;
}

function parseManifest(file: string, text: string): BackupManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DamagedBackupError(file, 'its manifest is not valid JSON');
  }
  const parsed = backupManifest.safeParse(json);
  if (!parsed.success) {
    const format = (json as { format?: unknown; formatVersion?: unknown } | null)?.format;
    if (format === 'firebreak-backup') {
      throw new AppError('invalid', `${file} is a Firebreak backup in a format this version cannot read (format version ${String((json as { formatVersion?: unknown }).formatVersion)}); restore it with a newer Firebreak.`);
    }
    throw new DamagedBackupError(file, 'its manifest is not a Firebreak backup manifest');
  }
  if (manifestChecksum(parsed.data.tables) !== parsed.data.sha256) throw new DamagedBackupError(file, 'its manifest checksum does not match its tables');
  return parsed.data;
}
