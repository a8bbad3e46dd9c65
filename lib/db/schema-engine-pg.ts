// The database connection the wasm schema engine runs over: @prisma/adapter-pg's PrismaPg,
// patched where it falls short of the native engine's own driver. Used by schema-engine.ts only.
import { PrismaPg } from '@prisma/adapter-pg';
import { ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import type { SqlDriverAdapter, SqlQuery } from '@prisma/driver-adapter-utils';

/** PrismaPgAdapter, which @prisma/adapter-pg does not export by name. */
type PgAdapter = Awaited<ReturnType<PrismaPg['connect']>>;

// What the patches below reach into: PrismaPgAdapter's private runtime shape.
interface PgInternals {
  performIO(query: SqlQuery): Promise<{ fields: { dataTypeID: number }[]; rows: unknown[] }>;
  onError(error: unknown): never;
  underlyingDriver(): { query(sql: string): Promise<unknown> };
}

const PG_CHAR = 18; // the one-byte "char" of pg_catalog (relkind, contype, confdeltype...)
const PG_TEXT = 25;

/**
 * Fixes two gaps in @prisma/adapter-pg that the Rust engine's own driver does not have:
 * - it rejects result columns of type "char" ("Column type 'char' could not be deserialized"),
 *   which the engine's schema describer reads from pg_catalog and expects as characters;
 * - its executeScript splits the script on every `;` (breaking `$$` bodies and string
 *   literals) and runs the pieces one by one. Send the whole script as one simple query
 *   instead: PostgreSQL then runs it as one implicit transaction, as `prisma migrate` does.
 */
function patchAdapter(adapter: PgAdapter): PgAdapter {
  const pgAdapter = adapter as unknown as SqlDriverAdapter & PgInternals;
  // "char" columns pass the adapter's type check as text, then get typed Character. The
  // result's rows array (which queryRaw passes through) carries their positions across.
  const charColumns = new WeakMap<unknown[], number[]>();
  const performIO = pgAdapter.performIO.bind(pgAdapter);
  pgAdapter.performIO = async (query) => {
    const result = await performIO(query);
    const positions: number[] = [];
    result.fields.forEach((field, i) => {
      if (field.dataTypeID !== PG_CHAR) return;
      field.dataTypeID = PG_TEXT;
      positions.push(i);
    });
    if (positions.length) charColumns.set(result.rows, positions);
    return result;
  };
  const queryRaw = pgAdapter.queryRaw.bind(pgAdapter);
  pgAdapter.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  pgAdapter.executeScript = async (script) => {
    try {
      await pgAdapter.underlyingDriver().query(script);
    } catch (e) {
      pgAdapter.onError(e);
    }
  };
  return adapter;
}

/**
 * PrismaPg opens its shadow database as `new Pool({ ...config, database: shadowName })`, but pg
 * lets `connectionString` override `database`, so given a URL its "shadow" connection is the
 * main database: a diff from migrations would replay every migration into it. This subclass
 * points a URL at the shadow database instead (keeping the query string: sslmode etc.),
 * patches every adapter, and remembers them: `engine.free()` does not close its pools.
 */
export class EnginePg extends PrismaPg {
  private readonly open = new Set<PgAdapter>();

  constructor(private readonly url: string) {
    // One connection: the engine takes pg_advisory_lock(72707369) around applyMigrations, and a
    // session lock taken and released through a larger pool can land on different sessions.
    super({ connectionString: url, max: 1 });
  }

  override async connect(): Promise<PgAdapter> {
    return this.track(await super.connect());
  }

  override async connectToShadowDb(): Promise<PgAdapter> {
    const main = await this.connect();
    const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
    await main.executeScript(`CREATE DATABASE "${name}"`);
    const shadowUrl = new URL(this.url);
    shadowUrl.pathname = `/${name}`;
    const shadow = this.track(await new PrismaPg({ connectionString: shadowUrl.toString(), max: 1 }).connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      try {
        await main.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
      } finally {
        await main.dispose();
      }
    };
    return shadow;
  }

  async closeAll(): Promise<void> {
    await Promise.allSettled([...this.open].map((a) => a.dispose()));
  }

  private track(adapter: PgAdapter): PgAdapter {
    const patched = patchAdapter(adapter);
    this.open.add(patched);
    const dispose = patched.dispose.bind(patched);
    // Idempotent: the engine may dispose an adapter before closeAll() does.
    patched.dispose = async () => {
      if (this.open.delete(patched)) await dispose();
    };
    return patched;
  }
}
