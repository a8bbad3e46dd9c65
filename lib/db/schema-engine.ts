// Prisma's schema engine compiled to WebAssembly, driven over node-postgres. The Prisma CLI
// would download a native engine binary for `migrate`, which this project cannot reach, so
// scripts (db:migrate, db:migration, tests) load the wasm build instead. Scripts only: the
// app never loads this module (5 MB of wasm), see lib/db/migrate.ts#getMigrationStatus.
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { MigrationList, SchemaEngine, SchemaFilter } from '@prisma/schema-engine-wasm/schema_engine_bg';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { LocalMigration } from './migrate.ts';
import { EnginePg } from './schema-engine-pg.ts';

export type { SchemaEngine };

/** No tables or enums are managed outside Prisma in this project. */
export const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

/** The engine's view of a migrations directory (it never reads the disk itself). */
export function toMigrationList(baseDir: string, migrations: LocalMigration[]): MigrationList {
  const lockPath = path.join(baseDir, 'migration_lock.toml');
  return {
    baseDir,
    lockfile: { path: 'migration_lock.toml', content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: migrations.map((m) => ({
      path: m.name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: m.sql } },
    })),
  };
}

// The glue calls `global.PRISMA_WASM_PANIC_REGISTRY.set_message(...)` from Rust's panic hook;
// without it a panic surfaces as an opaque "unreachable" RuntimeError.
interface PanicRegistry {
  message: string;
  set_message(message: string): void;
}
const globals = globalThis as unknown as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
globals.PRISMA_WASM_PANIC_REGISTRY ??= {
  message: '',
  set_message(message: string) {
    this.message = message;
  },
};

let loaded: Promise<void> | undefined;

// The package's ESM entry does `import * as wasm from './schema_engine_bg.wasm'`, which Node
// refuses without --experimental-wasm-modules. Do by hand what that entry does: instantiate
// the module with the glue's exports as its imports, hand the instance back to the glue.
function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await fs.promises.readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
    const compiled = await WebAssembly.compile(bytes);
    const imports: WebAssembly.ModuleImports = { ...(glue as unknown as WebAssembly.ModuleImports) };
    // The engine races pg_advisory_lock against a 10 s timer and never clears it (the glue has
    // no clearTimeout): unref'd, the timer stops holding the process open 10 s after a migrate.
    for (const name of Object.keys(imports).filter((n) => n.startsWith('__wbg_setTimeout_'))) {
      imports[name] = (fn: () => void, ms: number) => setTimeout(fn, ms >>> 0).unref();
    }
    const instance = await WebAssembly.instantiate(compiled, { './schema_engine_bg.js': imports });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return loaded;
}

export interface EngineOptions {
  /** Engine tracing output, one JSON object per line. */
  log?: (line: string) => void;
}

/**
 * Runs `fn` with a schema engine connected to `url`, then frees the engine and closes its
 * connections. Engine errors come out as Errors with readable messages.
 */
export async function withSchemaEngine<T>(
  url: string,
  fn: (engine: SchemaEngine) => Promise<T>,
  opts: EngineOptions = {},
): Promise<T> {
  await loadWasm();
  const factory = new EnginePg(url);
  const log = opts.log ?? (() => {});
  let engine: SchemaEngine | undefined;
  try {
    engine = await glue.SchemaEngine.new({ datamodels: undefined }, log, bindMigrationAwareSqlAdapterFactory(factory));
    return await fn(engine);
  } catch (e) {
    throw engineError(e);
  } finally {
    engine?.free();
    await factory.closeAll();
  }
}

// Engine errors arrive as JS objects ({ message, error_code, meta }) or as a wasm panic
// (RuntimeError, with the real message parked in the panic registry).
function engineError(e: unknown): Error {
  if (e instanceof WebAssembly.RuntimeError) {
    const msg = globals.PRISMA_WASM_PANIC_REGISTRY?.message;
    return new Error(`Schema engine panicked: ${msg || e.message}`, { cause: e });
  }
  if (e instanceof Error) return e;
  if (e && typeof e === 'object' && 'message' in e) {
    const { message, error_code: code } = e as { message: unknown; error_code?: unknown };
    return new Error(code ? `${String(code)}: ${String(message)}` : String(message), { cause: e });
  }
  return new Error(`Schema engine error: ${JSON.stringify(e)}`);
}
