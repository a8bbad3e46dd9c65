import 'server-only';
// `backup --verify`: a backup is only as good as a restore of it. The file is restored into a
// throw-away database (a fresh embedded PostgreSQL in a temp directory unless a URL is given),
// and every table is read back and compared with the manifest: row count and sha256.
import pg from 'pg';
import { startThrowawayDatabase } from '../db/throwaway-database.ts';
import type { BackupManifest } from './manifest.ts';
import { restoreBackup } from './restore-backup.ts';
import { digestTable } from './table-digest.ts';

export interface VerifiedBackup {
  manifest: BackupManifest;
  tables: number;
  rows: number;
  /** Tables whose restored rows differ from the manifest; empty when the backup is good. */
  mismatches: { table: string; expected: string; found: string }[];
  durationMs: number;
}

export async function verifyBackup(file: string, opts: { intoUrl?: string; log?: (m: string) => void } = {}): Promise<VerifiedBackup> {
  const started = Date.now();
  const throwaway = opts.intoUrl ? null : await startThrowawayDatabase({ prefix: 'firebreak-verify-' });
  const url = opts.intoUrl ?? throwaway!.url;
  try {
    const { manifest } = await restoreBackup(url, { file, skipUpgrade: true, log: opts.log });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const mismatches: VerifiedBackup['mismatches'] = [];
    try {
      for (const table of manifest.tables) {
        const found = await digestTable(client, table);
        if (found.rows !== table.rows || found.sha256 !== table.sha256) {
          mismatches.push({ table: table.name, expected: `${table.rows} row(s) ${table.sha256.slice(0, 12)}`, found: `${found.rows} row(s) ${found.sha256.slice(0, 12)}` });
        }
      }
    } finally {
      await client.end();
    }
    return { manifest, tables: manifest.tables.length, rows: manifest.tables.reduce((n, t) => n + t.rows, 0), mismatches, durationMs: Date.now() - started };
  } finally {
    await throwaway?.stop();
  }
}
