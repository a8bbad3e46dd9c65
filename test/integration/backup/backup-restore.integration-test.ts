// Logical backup and restore against a real PostgreSQL: the snapshot is consistent while the
// app writes, a restore reproduces every table exactly, and each refusal (a database holding
// data, a backup from a newer schema, a damaged file) says why and changes nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackup } from '@/lib/backup/create-backup';
import { listTables } from '@/lib/backup/catalog';
import { readBackup } from '@/lib/backup/read-backup';
import { restoreBackup } from '@/lib/backup/restore-backup';
import { digestTable } from '@/lib/backup/table-digest';
import { verifyBackup } from '@/lib/backup/verify-backup';
import { createDb } from '@/lib/db/client';
import { applyMigrations, defaultMigrationsDir, listMigrationNames, MIGRATION_LOCK_FILE } from '@/lib/db/migrate';
import { declareIncident } from '@/lib/incidents/declare-incident';
import { addTimelineEntry } from '@/lib/timeline/add-timeline-entry';
import { createTestActor } from '../../support/actors.ts';
import { createScratchDatabase, testDatabaseUrl, testDb, uniqueId } from '../../support/db.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'firebreak-backup-test-'));
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops) await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function scratch(): Promise<string> {
  const db = await createScratchDatabase('restore');
  drops.push(db.drop);
  return db.url;
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function digestAll(url: string): Promise<Record<string, string>> {
  return withClient(url, async (c) => {
    const out: Record<string, string> = {};
    for (const t of await listTables(c)) {
      const d = await digestTable(c, t);
      out[t.name] = `${d.rows}:${d.sha256}`;
    }
    return out;
  });
}

describe('backup and restore', () => {
  it('restores into an empty database with identical row counts and checksums', async () => {
    const db = testDb();
    const { actor } = await createTestActor(db, 'responder');
    const title = uniqueId('backup-incident');
    const incident = await declareIncident(db, { actor, input: { title, severity: 'SEV2', summary: '调用下游服务失败\nline two\ttab \\ backslash', services: [], impact: '', customerFacing: false, drill: false } });
    const created = await createBackup(testDatabaseUrl(), { dir });
    const source = await digestAll(testDatabaseUrl());
    const target = await scratch();
    const restored = await restoreBackup(target, { file: created.path });
    expect(restored.upgradedBy).toEqual([]);
    const after = await digestAll(target);
    // Every table of the manifest came back exactly.
    for (const t of created.manifest.tables) expect(after[t.name], t.name).toBe(`${t.rows}:${t.sha256}`);
    expect(Object.keys(after).sort()).toEqual(Object.keys(source).sort());
    // And the restored app sees the incident, its number sequence continues after it.
    const rdb = createDb(target, { max: 1 });
    try {
      const found = await rdb.incident.findUnique({ where: { id: incident.id }, select: { title: true, summary: true } });
      expect(found).toEqual({ title, summary: '调用下游服务失败\nline two\ttab \\ backslash' });
      const next = await rdb.incident.create({ data: { title: 'after restore', severity: 'SEV3' }, select: { number: true } });
      const max = await rdb.incident.aggregate({ _max: { number: true }, where: { title: { not: 'after restore' } } });
      expect(next.number).toBeGreaterThan(max._max.number ?? 0);
    } finally {
      await rdb.$disconnect();
    }
  });

  it('has no torn state under concurrent writes: every entry acknowledged before the snapshot is in it, no transaction half in', async () => {
    const db = testDb();
    const { actor } = await createTestActor(db, 'responder');
    const base = await declareIncident(db, { actor, input: { title: uniqueId('load'), severity: 'SEV3', summary: '', services: [], impact: '', customerFacing: false, drill: false } });
    const acked: { id: string; at: number }[] = [];
    const declared: string[] = [];
    let snapshotAt = 0;
    let stop = false;
    const entries = (async () => {
      for (let i = 0; !stop; i++) {
        const { entry } = await addTimelineEntry(db, { actor, ref: base.id, input: { kind: 'note', body: `load ${i}`, highlighted: false } });
        acked.push({ id: entry.id, at: performance.now() });
      }
    })();
    const incidents = (async () => {
      while (!stop) {
        const inc = await declareIncident(db, { actor, input: { title: uniqueId('load-tx'), severity: 'SEV3', summary: '', services: [], impact: '', customerFacing: false, drill: false } });
        declared.push(inc.id);
      }
    })();
    // Let the load get going first: at least a few entries and one declaration committed (a
    // fixed pause was too short on a busy machine, where the first declaration is slow).
    for (const t0 = Date.now(); (acked.length < 4 || declared.length < 1) && Date.now() - t0 < 10_000; ) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 100));
    const created = await createBackup(testDatabaseUrl(), { dir, onSnapshot: () => (snapshotAt = performance.now()) });
    await new Promise((r) => setTimeout(r, 100));
    stop = true;
    await Promise.all([entries, incidents]);

    const target = await scratch();
    await restoreBackup(target, { file: created.path });
    const before = acked.filter((a) => a.at < snapshotAt).map((a) => a.id);
    const after = acked.filter((a) => a.at > snapshotAt + 50).map((a) => a.id);
    expect(before.length).toBeGreaterThan(3);
    expect(after.length).toBeGreaterThan(0); // the load really ran through the backup
    await withClient(target, async (c) => {
      const { rows } = await c.query<{ id: string }>(`SELECT id FROM "TimelineEntry" WHERE id = ANY($1::uuid[])`, [before]);
      expect(rows.length).toBe(before.length);
      const { rows: late } = await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM "TimelineEntry" WHERE id = ANY($1::uuid[])`, [after]);
      expect(late[0]!.n).toBe(0);
      // Each declaration is one transaction (incident, declared entry, commander, audit row):
      // in the backup all of it or none of it.
      const { rows: parts } = await c.query<{ id: string; entries: number; roles: number; audits: number }>(
        `SELECT i.id,
                (SELECT count(*)::int FROM "TimelineEntry" e WHERE e."incidentId" = i.id) AS entries,
                (SELECT count(*)::int FROM "IncidentRoleAssignment" r WHERE r."incidentId" = i.id) AS roles,
                (SELECT count(*)::int FROM "AuditLog" a WHERE a."entityId" = i.id::text AND a.action = 'incident.declared') AS audits
           FROM "Incident" i WHERE i.id = ANY($1::uuid[])`, [declared]);
      expect(parts.length).toBeGreaterThan(0);
      for (const p of parts) expect(p, p.id).toMatchObject({ entries: 1, roles: 1, audits: 1 });
    });
  });

  it('refuses a database that holds data, saying what it would replace, and changes nothing', async () => {
    const db = testDb();
    const name = uniqueId('keep-team');
    await db.team.create({ data: { name, slug: name } });
    const created = await createBackup(testDatabaseUrl(), { dir });
    const target = await scratch();
    await restoreBackup(target, { file: created.path });
    const tdb = createDb(target, { max: 1 });
    try {
      await tdb.team.create({ data: { name: 'only-in-target', slug: uniqueId('only') } });
      await expect(restoreBackup(target, { file: created.path })).rejects.toThrow(/is not empty: it holds \d+ row\(s\) in \d+ table\(s\) \([A-Za-z]+ \d+.*--force/s);
      expect(await tdb.team.count({ where: { name: 'only-in-target' } })).toBe(1);
      // With --force it is replaced.
      await restoreBackup(target, { file: created.path, force: true });
      expect(await tdb.team.count({ where: { name: 'only-in-target' } })).toBe(0);
      expect(await tdb.team.count({ where: { name } })).toBe(1);
    } finally {
      await tdb.$disconnect();
    }
  });

  it('refuses a backup made by a newer Firebreak (a migration this build does not have)', async () => {
    const created = await createBackup(testDatabaseUrl(), { dir });
    // "This build" without its newest migration.
    const older = fs.mkdtempSync(path.join(dir, 'older-'));
    const names = listMigrationNames();
    for (const n of names.slice(0, -1)) fs.cpSync(path.join(defaultMigrationsDir(), n), path.join(older, n), { recursive: true });
    fs.copyFileSync(path.join(defaultMigrationsDir(), MIGRATION_LOCK_FILE), path.join(older, MIGRATION_LOCK_FILE));
    const target = await scratch();
    await expect(restoreBackup(target, { file: created.path, migrationsDir: older })).rejects.toThrow(
      new RegExp(`made by a newer Firebreak.*${names.at(-1)}.*Upgrade Firebreak`),
    );
    expect(await withClient(target, async (c) => (await c.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public'`)).rowCount)).toBe(0);
  });

  it('restores an older backup and then runs the migrations that came after it', async () => {
    const names = listMigrationNames();
    const older = fs.mkdtempSync(path.join(dir, 'level-'));
    for (const n of names.slice(0, -1)) fs.cpSync(path.join(defaultMigrationsDir(), n), path.join(older, n), { recursive: true });
    fs.copyFileSync(path.join(defaultMigrationsDir(), MIGRATION_LOCK_FILE), path.join(older, MIGRATION_LOCK_FILE));
    const source = await scratch();
    await applyMigrations(source, { migrationsDir: older });
    await withClient(source, (c) => c.query(`INSERT INTO "Team" (id, name, slug, "updatedAt") VALUES (gen_random_uuid(), 'old team', 'old-team', now())`));
    const created = await createBackup(source, { dir });
    expect(created.manifest.migrations).toEqual(names.slice(0, -1));
    const target = await scratch();
    const restored = await restoreBackup(target, { file: created.path });
    expect(restored.upgradedBy).toEqual([names.at(-1)]);
    await withClient(target, async (c) => {
      expect((await c.query(`SELECT name FROM "Team"`)).rows).toEqual([{ name: 'old team' }]);
      expect((await c.query(`SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`)).rows[0].n).toBe(names.length);
    });
  });

  it('detects a damaged file by its checksum, names the table, and loads nothing', async () => {
    const db = testDb();
    const name = uniqueId('damaged');
    await db.team.create({ data: { name, slug: name } });
    const created = await createBackup(testDatabaseUrl(), { dir });
    // Change one byte of the Team table's data inside the archive (re-gzipped so only the
    // checksum can tell).
    const bytes = fs.readFileSync(created.path);
    const at = bytes.indexOf(Buffer.from(name));
    expect(at).toBe(-1); // compressed: the name is not in the file as is
    const damaged = await rewriteTable(created.path, 'Team', (text) => text.replace(name, name.toUpperCase()));
    await expect(readBackup(damaged)).rejects.toThrow(/is damaged: table Team has \d+ row\(s\) and checksum .* the manifest says/);
    const target = await scratch();
    await expect(restoreBackup(target, { file: damaged })).rejects.toThrow(/damaged.*Team/);
    expect(await withClient(target, async (c) => (await c.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public'`)).rowCount)).toBe(0);
    // A truncated file too.
    const truncated = path.join(dir, 'truncated.tar');
    fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(readBackup(truncated)).rejects.toThrow(/damaged/);
  });

  it('verifies a backup by restoring it into a throw-away database', async () => {
    const created = await createBackup(testDatabaseUrl(), { dir });
    const v = await verifyBackup(created.path, { intoUrl: await scratch() });
    expect(v.mismatches).toEqual([]);
    expect(v.rows).toBe(created.manifest.tables.reduce((n, t) => n + t.rows, 0));
  });
});

/** A copy of the backup with one table's COPY text changed (and re-gzipped, manifest kept). */
async function rewriteTable(file: string, table: string, change: (text: string) => string): Promise<string> {
  const { entries, create } = await import('tar');
  const zlib = await import('node:zlib');
  const work = fs.mkdtempSync(path.join(dir, 'rewrite-'));
  const names: string[] = [];
  for await (const entry of entries(fs.createReadStream(file))) {
    let data = Buffer.from(await entry.bytes());
    if (entry.path.endsWith(`-${table}.copy.gz`)) data = zlib.gzipSync(change(zlib.gunzipSync(data).toString('utf8')));
    fs.mkdirSync(path.dirname(path.join(work, entry.path)), { recursive: true });
    fs.writeFileSync(path.join(work, entry.path), data);
    names.push(entry.path);
  }
  const out = path.join(dir, `damaged-${Date.now()}.tar`);
  await create({ file: out, cwd: work, portable: true }, names);
  return out;
}
