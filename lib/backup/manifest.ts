// The manifest at the head of every backup file: what made it, at which migration level, and
// per table the row count and the sha256 of the uncompressed COPY data, so that a restore
// (or `backup --verify`) can tell a good file from a damaged one before trusting it.
import crypto from 'node:crypto';
import { z } from 'zod';

export const BACKUP_FORMAT = 'firebreak-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';

export const manifestTable = z.object({
  name: z.string(),
  file: z.string(),
  columns: z.array(z.string()),
  primaryKey: z.array(z.string()),
  rows: z.number().int().min(0),
  /** Bytes of COPY text data before compression. */
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const backupManifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  appVersion: z.string(),
  createdAt: z.string(),
  serverVersion: z.string(),
  /** The applied migrations, oldest first: the schema level of the data. */
  migrations: z.array(z.string()),
  tables: z.array(manifestTable),
  sequences: z.array(z.object({ name: z.string(), lastValue: z.string(), isCalled: z.boolean() })),
  /** sha256 over every table's name, row count and checksum: one value for the whole backup. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export type BackupManifest = z.infer<typeof backupManifest>;
export type ManifestTable = z.infer<typeof manifestTable>;

export function manifestChecksum(tables: Pick<ManifestTable, 'name' | 'rows' | 'sha256'>[]): string {
  const h = crypto.createHash('sha256');
  for (const t of [...tables].sort((a, b) => a.name.localeCompare(b.name))) h.update(`${t.name}\t${t.rows}\t${t.sha256}\n`);
  return h.digest('hex');
}

export function totalRows(m: Pick<BackupManifest, 'tables'>): number {
  return m.tables.reduce((n, t) => n + t.rows, 0);
}
