import type { Kysely } from 'kysely';
import pg from 'pg';
import type { Database } from '../../src/server/platform/db';

/**
 * The bench's stand-in for a public catalogue until the domain modules exist: 100k rows looked up by
 * primary key. Created by the bench in its own database, never by a migration.
 */
export type BenchItemTable = { code: string; name: string; data: BenchItemData };
export type BenchItemData = { level: number; fee: number; agency: string; tags: string[]; updated: string };

/** The lookup both sides run. The bare server sends this text; the app builds the same with Kysely. */
export const FIND_BENCH_ITEM_SQL = 'select "code", "name", "data" from "bench_items" where "code" = $1';

export function findBenchItem(db: Kysely<Database>, code: string) {
  return db
    .withTables<{ bench_items: BenchItemTable }>()
    .selectFrom('bench_items')
    .select(['code', 'name', 'data'])
    .where('code', '=', code)
    .executeTakeFirst();
}

export const benchItemCode = (n: number) => `TT-${String(n).padStart(6, '0')}`;

export async function seedBenchItems(url: string, rows: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      'create table bench_items (code text primary key, name text not null, data jsonb not null)',
    );
    await client.query(
      `insert into bench_items (code, name, data)
       select 'TT-' || lpad(i::text, 6, '0'),
              'Thủ tục hành chính số ' || i,
              jsonb_build_object('level', 1 + i % 4, 'fee', (i % 50) * 10000, 'agency', 'UBND xã ' || (i % 166),
                                 'tags', jsonb_build_array('công dân', 'hộ tịch'), 'updated', '2025-07-01')
       from generate_series(1, $1::int) as i`,
      [rows],
    );
    await client.query('vacuum analyze bench_items');
  } finally {
    await client.end();
  }
}

/** Codes in a fixed pseudo-random order (an LCG), so every run and both sides see the same sequence. */
export function codeSequence(rows: number): () => string {
  let state = 42;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return benchItemCode(1 + (state % rows));
  };
}
