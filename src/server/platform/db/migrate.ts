import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import { projectPath } from '../paths';

export const MIGRATIONS_DIR = projectPath('db/migrations');
// Any constant works; it only has to be the same for every process of this platform.
const MIGRATION_LOCK_KEY = 4_207_150_001;

export type Migration = { name: string; sql: string; checksum: string };

export class MigrationError extends Error {}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_-]+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/**
 * Applies pending forward-only migrations in one transaction under an advisory lock, so two
 * processes starting together apply each file once and a failing file leaves nothing half-done.
 * Returns the names applied by this call.
 */
export async function migrate(pool: pg.Pool, migrations = readMigrations()): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(`create table if not exists schema_migrations (
      name text primary key,
      checksum text not null,
      applied_at timestamptz not null default now()
    )`);
    const { rows } = await client.query<{ name: string; checksum: string }>(
      'select name, checksum from schema_migrations',
    );
    const applied = new Map(rows.map((r) => [r.name, r.checksum]));
    for (const [name, checksum] of applied) {
      const file = migrations.find((m) => m.name === name);
      if (file && file.checksum !== checksum)
        throw new MigrationError(
          `migration ${name} was edited after it was applied; add a new migration instead`,
        );
    }
    const pending = migrations.filter((m) => !applied.has(m.name));
    for (const m of pending) {
      try {
        await client.query(m.sql);
      } catch (e) {
        throw new MigrationError(`migration ${m.name} failed: ${(e as Error).message}`);
      }
      await client.query('insert into schema_migrations (name, checksum) values ($1, $2)', [
        m.name,
        m.checksum,
      ]);
    }
    await client.query('commit');
    return pending.map((m) => m.name);
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

/** Names of migrations on disk that the database has not applied yet (for /readyz). */
export async function pendingMigrations(pool: pg.Pool, migrations = readMigrations()): Promise<string[]> {
  const { rows } = await pool
    .query<{ name: string }>('select name from schema_migrations')
    .catch(() => ({ rows: [] as { name: string }[] }));
  const applied = new Set(rows.map((r) => r.name));
  return migrations.filter((m) => !applied.has(m.name)).map((m) => m.name);
}
