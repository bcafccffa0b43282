// The versions every submission and dossier view reads are kept a few seconds in the process
// (lib/version-cache.ts): a catalogue change made here is seen at once, one made by another process
// within the cache's lifetime, a transaction reads its own writes, and a kept version cannot be
// changed by a caller.
import assert from 'node:assert/strict';
import { after, before, describe, it, mock } from 'node:test';
import { sql } from 'kysely';
import { getVersionById, getVersionInForce } from '../../../src/server/modules/catalog';
import { VERSION_CACHE_TTL_MS } from '../../../src/server/modules/catalog/lib/version-cache';
import type { TestContext } from '../../support/app';
import { as, type Session, signInStaff } from '../../support/identity';
import { addDays, createCatalogTestApp, signInProvinceAdmin, versionInput } from './fixtures';

const CODE = '1.000894';

describe('versions kept in the process', () => {
  let t: TestContext;
  let province: Session;
  before(async () => {
    t = await createCatalogTestApp();
    province = await signInProvinceAdmin(t, await signInStaff(t.app, t.platform, 'admin'));
  });
  after(() => t.close());

  const nameInDb = async () =>
    (await sql<{ name: string }>`select name from procedures where code = ${CODE}`.execute(t.platform.db))
      .rows[0]!.name;

  it('answers from memory, with a value no caller can change', async () => {
    const first = await getVersionInForce(t.platform.db, CODE, new Date());
    const again = await getVersionInForce(t.platform.db, CODE, new Date());
    assert.equal(again, first);
    assert.equal(
      await getVersionById(t.platform.db, first.id),
      await getVersionById(t.platform.db, first.id),
    );
    assert.throws(() => {
      (first as { version: number }).version = 99;
    }, TypeError);
    assert.throws(() => {
      (first.documents as unknown[]).push({});
    }, TypeError);
    assert.equal(first.version, 1);
  });

  it('sees a change made by another process once the kept value is older than its lifetime', async () => {
    const kept = await getVersionInForce(t.platform.db, CODE, new Date());
    const name = await nameInDb();
    assert.equal(kept.procedureName, name);
    // Another app server renames the procedure: this process does not know yet.
    await sql`update procedures set name = ${`${name} (đã sửa)`} where code = ${CODE}`.execute(t.platform.db);
    assert.equal((await getVersionInForce(t.platform.db, CODE, new Date())).procedureName, name);
    mock.timers.enable({ apis: ['Date'], now: Date.now() });
    try {
      mock.timers.tick(VERSION_CACHE_TTL_MS + 1);
      const fresh = await getVersionInForce(t.platform.db, CODE, new Date());
      assert.equal(fresh.procedureName, `${name} (đã sửa)`);
      assert.equal((await getVersionById(t.platform.db, fresh.id)).procedureName, `${name} (đã sửa)`);
    } finally {
      mock.timers.reset();
    }
  });

  it('reads what its own transaction wrote', async () => {
    const kept = await getVersionInForce(t.platform.db, CODE, new Date());
    await assert.rejects(
      t.platform.db.transaction().execute(async (trx) => {
        await sql`update procedures set name = 'Tên trong giao dịch' where code = ${CODE}`.execute(trx);
        assert.equal((await getVersionInForce(trx, CODE, new Date())).procedureName, 'Tên trong giao dịch');
        assert.equal(await getVersionInForce(t.platform.db, CODE, new Date()), kept);
        throw new Error('roll back');
      }),
      /roll back/,
    );
  });

  it('forgets at once what a catalogue change in this process made stale', async () => {
    const today = new Date();
    const v1 = await getVersionInForce(t.platform.db, CODE, today);
    assert.equal((await getVersionById(t.platform.db, v1.id)).effectiveTo, null);
    // A successor in force from today ends version 1 today.
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/procedures/${CODE}/versions`,
      headers: as(province),
      payload: versionInput({
        effectiveFrom: addDays(0),
        processingTime: { value: 4, unit: 'working_days' },
      }),
    });
    assert.equal(res.statusCode, 201, res.body);
    const now = await getVersionInForce(t.platform.db, CODE, today);
    assert.equal(now.version, 2);
    assert.deepEqual(now.processingTime, { value: 4, unit: 'working_days' });
    assert.equal((await getVersionById(t.platform.db, v1.id)).effectiveTo, addDays(0));
    // Yesterday still had version 1 in force.
    const yesterday = new Date(today.getTime() - 86_400_000);
    assert.equal((await getVersionInForce(t.platform.db, CODE, yesterday)).version, 1);
  });
});
