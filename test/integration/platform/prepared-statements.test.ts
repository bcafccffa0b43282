// Auto prepare on PostgreSQL (platform/db/prepared.ts): what the server really holds per connection.
// PGlite runs in-process and plans without a network round trip, so the embedded handle does not
// use it; this runs where the tests run on PostgreSQL (TEST_DATABASE_URL, as CI's second pass does).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../../src/server/platform/db';
import { createTestDatabase } from '../../support/db';

describe('repeated statements become prepared statements on PostgreSQL', {
  skip: process.env.TEST_DATABASE_URL ? false : 'needs TEST_DATABASE_URL (PostgreSQL)',
}, () => {
  let h: DatabaseHandle;
  before(async () => {
    h = await createTestDatabase();
  });
  after(() => h.close());

  it('a statement with parameters is prepared from its second use; one without stays unnamed', async () => {
    await h.db.connection().execute(async (conn) => {
      const byCode = (code: string) =>
        conn.selectFrom('admin_units').select(['code', 'name']).where('code', '=', code).execute();
      const first = await byCode('00008');
      const again = await byCode('00008');
      const other = await byCode('00004');
      assert.deepEqual(again, first);
      assert.notDeepEqual(other, first);
      for (let i = 0; i < 3; i++) await sql`select 1 as one; select 2 as two`.execute(conn);
      const prepared = await sql<{ name: string; statement: string }>`
        select name, statement from pg_prepared_statements`.execute(conn);
      const compiled = conn
        .selectFrom('admin_units')
        .select(['code', 'name'])
        .where('code', '=', 'x')
        .compile().sql;
      assert.deepEqual(
        prepared.rows.map((r) => r.statement),
        [compiled],
        'only the parameterised statement is prepared',
      );
      assert.match(prepared.rows[0]!.name, /^cuaso_/);
    });
  });

  it('a table that gains a column while the server runs: the prepared select * is sent unnamed', async () => {
    // A rolling deploy: another process migrates while this one keeps its prepared statements.
    await sql`create table prepared_probe (id int primary key)`.execute(h.db);
    await sql`insert into prepared_probe values (1)`.execute(h.db);
    await h.db.connection().execute(async (conn) => {
      const read = () =>
        sql<Record<string, unknown>>`select * from prepared_probe where id = ${1}`.execute(conn);
      await read();
      assert.deepEqual((await read()).rows, [{ id: 1 }]); // prepared from here on
      await h.pool.query(`alter table prepared_probe add column note text default 'x'`);
      assert.deepEqual((await read()).rows, [{ id: 1, note: 'x' }], 'outside a transaction: sent again');
      assert.deepEqual((await read()).rows, [{ id: 1, note: 'x' }], 'and unnamed from then on');
    });
    await sql`drop table prepared_probe`.execute(h.db);
  });

  it('results through a prepared statement stay right after the plan cache goes generic', async () => {
    // PostgreSQL plans the first five executions for their values, then may keep one generic plan.
    const names: string[] = [];
    for (let i = 0; i < 12; i++) {
      const code = i % 2 ? '00008' : '00004';
      const row = await h.db
        .selectFrom('admin_units')
        .select('code')
        .where('code', '=', code)
        .executeTakeFirst();
      names.push(row?.code ?? 'none');
    }
    assert.deepEqual(
      names,
      Array.from({ length: 12 }, (_, i) => (i % 2 ? '00008' : '00004')),
    );
  });
});
