import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import {
  containsFolded,
  type DatabaseHandle,
  foldVietnamese,
  MigrationError,
  matchesText,
  migrate,
  readMigrations,
} from '../../../src/server/platform/db';
import { createTestDatabase } from '../../support/db';

describe('database', () => {
  let h: DatabaseHandle;
  before(async () => {
    h = await createTestDatabase();
  });
  after(() => h.close());

  it('records every migration once and is safe to run again', async () => {
    assert.deepEqual(await migrate(h.pool), []);
    const { rows } = await h.pool.query('select name from schema_migrations order by name');
    assert.deepEqual(
      rows.map((r) => r.name),
      readMigrations().map((m) => m.name),
    );
  });

  it('applies concurrent migration runs exactly once', async () => {
    const extra = [
      ...readMigrations(),
      {
        name: '9001_concurrent.sql',
        sql: 'create table concurrent_probe (id int primary key);',
        checksum: 'c1',
      },
    ];
    const results = await Promise.all([
      migrate(h.pool, extra),
      migrate(h.pool, extra),
      migrate(h.pool, extra),
    ]);
    assert.deepEqual(results.flat(), ['9001_concurrent.sql']);
  });

  it('rolls back a failing migration whole and names it', async () => {
    const bad = [
      ...readMigrations(),
      {
        name: '9002_broken.sql',
        sql: 'create table half_applied (id int); select no_such_column from half_applied;',
        checksum: 'c2',
      },
    ];
    await assert.rejects(
      migrate(h.pool, bad),
      (e: Error) => e instanceof MigrationError && /9002_broken/.test(e.message),
    );
    const { rows } = await h.pool.query("select to_regclass('half_applied') as t");
    assert.equal(rows[0].t, null);
  });

  it('refuses a migration edited after it was applied', async () => {
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'edited' } : m));
    await assert.rejects(migrate(h.pool, edited), /was edited after it was applied/);
  });

  describe('Vietnamese diacritic-insensitive search', () => {
    const names = [
      'Đăng ký khai sinh',
      'Đăng ký kết hôn',
      'Chứng thực bản sao từ bản chính',
      'Phường Đông Cương',
      'Xã Đồng Tiến',
      'Cấp giấy chứng nhận đăng ký hộ kinh doanh',
    ];
    before(async () => {
      await sql`create table search_probe (
        id serial primary key,
        name text not null,
        tsv tsvector generated always as (to_tsvector('vn_unaccent', name)) stored
      )`.execute(h.db);
      await sql`create index search_probe_trgm on search_probe using gin (f_unaccent(lower(name)) gin_trgm_ops)`.execute(
        h.db,
      );
      await sql`create index search_probe_tsv on search_probe using gin (tsv)`.execute(h.db);
      for (const name of names) await sql`insert into search_probe (name) values (${name})`.execute(h.db);
    });

    const byContains = async (q: string) =>
      (
        await sql<{
          name: string;
        }>`select name from search_probe where ${containsFolded('name', q)} order by id`.execute(h.db)
      ).rows.map((r) => r.name);
    const byText = async (q: string) =>
      (
        await sql<{
          name: string;
        }>`select name from search_probe where ${matchesText('tsv', q)} order by id`.execute(h.db)
      ).rows.map((r) => r.name);

    it('folds đ/Đ and every tone mark in SQL as in JS', async () => {
      const { rows } = await sql<{
        f: string;
      }>`select f_unaccent('Đường Đồng Khởi, đã được đăng ký ỹ Ỵ') as f`.execute(h.db);
      assert.equal(rows[0]!.f, 'Duong Dong Khoi, da duoc dang ky y Y');
      assert.equal(foldVietnamese('Đường Đồng Khởi, đã được đăng ký ỹ Ỵ'), rows[0]!.f);
    });

    it('finds substrings with or without diacritics and in any case', async () => {
      assert.deepEqual(await byContains('khai sinh'), ['Đăng ký khai sinh']);
      assert.deepEqual(await byContains('dang ky'), [
        'Đăng ký khai sinh',
        'Đăng ký kết hôn',
        'Cấp giấy chứng nhận đăng ký hộ kinh doanh',
      ]);
      assert.deepEqual(await byContains('ĐÔNG'), ['Phường Đông Cương', 'Xã Đồng Tiến']);
      assert.deepEqual(await byContains('chung thuc'), ['Chứng thực bản sao từ bản chính']);
      assert.deepEqual(await byContains('100%_'), []);
    });

    it('matches full-text queries without diacritics', async () => {
      assert.deepEqual(await byText('ket hon'), ['Đăng ký kết hôn']);
      assert.deepEqual(await byText('đăng ký kết hôn'), ['Đăng ký kết hôn']);
      assert.deepEqual(await byText('ho kinh doanh'), ['Cấp giấy chứng nhận đăng ký hộ kinh doanh']);
    });

    it('uses the indexes', async () => {
      await sql`set enable_seqscan = off`.execute(h.db);
      const plan = await sql<{
        'QUERY PLAN': string;
      }>`explain select name from search_probe where ${containsFolded('name', 'khai')}`.execute(h.db);
      const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
      await sql`set enable_seqscan = on`.execute(h.db);
      assert.match(text, /search_probe_trgm/);
    });
  });
});
