import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { modules } from '../../src/server/modules';
import {
  type DatabaseHandle,
  handleFromPglite,
  handleFromUrl,
  migrate,
  openPglite,
  readMigrations,
} from '../../src/server/platform/db';
import { createLogger } from '../../src/server/platform/logger';

/** Migrations fingerprint: a template built from other migrations is never reused. */
function migrationsHash(): string {
  const h = createHash('sha256');
  for (const m of readMigrations()) h.update(m.name).update(m.checksum);
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else h.update(path.slice(SEED_DIR.length)).update(readFileSync(path));
    }
  };
  walk(SEED_DIR);
  return h.digest('hex').slice(0, 16);
}

/** Reference data lives under seed/: a change there must rebuild the cached template too. */
const SEED_DIR = join(import.meta.dirname, '../../seed');

/** Migrations plus every module's reference data: what a started server has before demo data. */
async function prepare(handle: DatabaseHandle) {
  await migrate(handle.pool);
  for (const mod of modules) await mod.loadReference?.({ db: handle.db, logger: createLogger('silent') });
}

/**
 * A fresh, migrated database for one test file: on PostgreSQL (TEST_DATABASE_URL) a database
 * copied from a migrated template (tens of ms); otherwise an in-memory PGlite loaded from a
 * migrated data-directory dump cached on disk (a fresh initdb costs seconds).
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env.TEST_DATABASE_URL;
  return url ? createPostgresTestDatabase(url) : createPgliteTestDatabase();
}

async function createPgliteTestDatabase(): Promise<DatabaseHandle> {
  const dump = join(tmpdir(), `cuaso-pglite-${migrationsHash()}.tar.gz`);
  if (!existsSync(dump)) {
    const lite = await openPglite(undefined);
    const handle = handleFromPglite(lite);
    await prepare(handle);
    const file = await lite.dumpDataDir('gzip');
    const tmp = `${dump}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.from(await file.arrayBuffer()));
    renameSync(tmp, dump);
    return handle;
  }
  const lite = await openPglite(undefined, new Blob([readFileSync(dump)]));
  return handleFromPglite(lite);
}

async function createPostgresTestDatabase(url: string): Promise<DatabaseHandle> {
  const template = `cuaso_tpl_${migrationsHash()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const name = `cuaso_t_${randomBytes(6).toString('hex')}`;
  try {
    await admin.query('select pg_advisory_lock(4207150002)');
    const exists = await admin.query('select 1 from pg_database where datname = $1', [template]);
    if (!exists.rowCount) {
      await admin.query(`create database ${template}`);
      const tplUrl = new URL(url);
      tplUrl.pathname = `/${template}`;
      const tpl = handleFromUrl(tplUrl.toString(), 1);
      try {
        await prepare(tpl);
      } finally {
        await tpl.close();
      }
    }
    await admin.query(`create database ${name} template ${template}`);
  } finally {
    await admin.query('select pg_advisory_unlock(4207150002)').catch(() => {});
    await admin.end();
  }
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const handle = handleFromUrl(dbUrl.toString(), 10);
  return {
    ...handle,
    async close() {
      await handle.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`).catch(() => {});
      await c.end();
    },
  };
}
