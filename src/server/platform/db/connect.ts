import { mkdirSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config';
import { preparingPool } from './prepared';
import type { Database } from './types';

// Timestamps come back as Date (the default); int8 counts as numbers: they stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
// `date` columns stay ISO strings: a calendar date has no time zone.
pg.types.setTypeParser(1082, (v) => v);

export type DatabaseHandle = {
  db: Kysely<Database>;
  pool: pg.Pool;
  engine: 'postgres' | 'pglite';
  /** The embedded engine, when there is one (PGlite runs in this process). */
  pglite: PGlite | undefined;
  /** The server's URL (PostgreSQL): what a connection of its own, such as LISTEN's, opens. */
  url: string | undefined;
  close(): Promise<void>;
};

// PGlite (its JavaScript, and the wasm it loads) is imported only when the embedded engine is used:
// a server on PostgreSQL never needs it, and loading it cost the idle server memory (bench/README.md).
let adapter: typeof import('@electric-sql/pglite/node-postgres') | undefined;

export async function openPglite(dir: string | undefined, loadDataDir?: Blob): Promise<PGlite> {
  if (dir) mkdirSync(dir, { recursive: true });
  const [{ PGlite }, { pg_trgm }, { unaccent }, nodePostgres] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/contrib/unaccent'),
    import('@electric-sql/pglite/node-postgres'),
  ]);
  adapter = nodePostgres;
  return PGlite.create(dir ?? 'memory://', {
    extensions: { unaccent, pg_trgm },
    ...(loadDataDir ? { loadDataDir } : {}),
  });
}

export function handleFromPglite(lite: PGlite): DatabaseHandle {
  if (!adapter) throw new Error('handleFromPglite: open the instance with openPglite');
  // The adapter gives a pg.Pool over PGlite's single connection: one code path for both engines.
  const pool = new pg.Pool(adapter.createPgConfig(lite) as pg.PoolConfig);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
  return {
    db,
    pool,
    engine: 'pglite',
    pglite: lite,
    url: undefined,
    async close() {
      await db.destroy();
      if (!lite.closed) await lite.close();
    },
  };
}

export function handleFromUrl(url: string, poolSize = 10): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 10_000 });
  // An idle client that errors (server restart) must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
  return {
    db,
    pool,
    engine: 'postgres',
    pglite: undefined,
    url,
    async close() {
      await db.destroy();
    },
  };
}

export async function openDatabase(database: Config['database']): Promise<DatabaseHandle> {
  if (database.kind === 'postgres') {
    const handle = handleFromUrl(database.url, database.poolSize);
    await handle.pool.query('select 1'); // fail fast with a clear reason when unreachable
    return handle;
  }
  return handleFromPglite(await openPglite(database.dir));
}
