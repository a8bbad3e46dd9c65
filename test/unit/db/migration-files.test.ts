import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrationChecksum, migrationDirName, readMigrations } from '@/lib/db/migrate';

describe('migrationDirName', () => {
  const at = new Date('2026-03-04T05:06:07.890Z');

  it('prefixes the UTC timestamp, as prisma migrate dev does', () => {
    expect(migrationDirName('init', at)).toBe('20260304050607_init');
  });

  it('turns a free-form name into a lowercase snake_case slug', () => {
    expect(migrationDirName('  Add Service tiers!! ', at)).toBe('20260304050607_add_service_tiers');
    expect(migrationDirName('known-issues/search', at)).toBe('20260304050607_known_issues_search');
  });

  it('refuses a name with nothing usable in it', () => {
    expect(() => migrationDirName('!!!', at)).toThrow(/not usable as a migration name/);
  });
});

describe('migrationChecksum', () => {
  it('is the lowercase hex sha256 of the file, as _prisma_migrations stores it', () => {
    expect(migrationChecksum('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(migrationChecksum('CREATE TABLE "Café" ();\n')).toMatch(/^[0-9a-f]{64}$/);
    expect(migrationChecksum('a')).not.toBe(migrationChecksum('a\n'));
  });
});

describe('readMigrations', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('lists migration directories by name with their SQL, skipping files', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'firebreak-unit-'));
    for (const [name, sql] of [
      ['20260102000000_second', 'SELECT 2;'],
      ['20260101000000_first', 'SELECT 1;'],
    ]) {
      fs.mkdirSync(path.join(dir, name!));
      fs.writeFileSync(path.join(dir, name!, 'migration.sql'), sql!);
    }
    fs.writeFileSync(path.join(dir, 'migration_lock.toml'), 'provider = "postgresql"\n');
    expect(readMigrations(dir)).toEqual([
      { name: '20260101000000_first', sql: 'SELECT 1;' },
      { name: '20260102000000_second', sql: 'SELECT 2;' },
    ]);
  });

  it('treats a missing directory as no migrations', () => {
    expect(readMigrations(path.join(os.tmpdir(), 'firebreak-does-not-exist'))).toEqual([]);
  });
});
