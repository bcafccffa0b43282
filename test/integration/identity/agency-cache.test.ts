// Agencies by id are kept 3 s in the process (identity/lib/agency-cache.ts): an edit made through
// this process is seen at once, one made by another process within that lifetime.
import assert from 'node:assert/strict';
import { after, before, describe, it, mock } from 'node:test';
import { sql } from 'kysely';
import { findAgencyById, findAgencyWithOrgId } from '../../../src/server/modules/identity';
import { createTestApp, type TestContext } from '../../support/app';
import { as, type Session, seedDemo, signInStaff } from '../../support/identity';

const HAM_RONG = '000.31.21.H56';

describe('agencies kept in the process', () => {
  let t: TestContext;
  let admin: Session;
  let id: string;
  before(async () => {
    t = await createTestApp();
    await seedDemo(t.platform);
    admin = await signInStaff(t.app, t.platform, 'admin');
    id = (await findAgencyWithOrgId(t.platform.db, HAM_RONG))!.id;
  });
  after(() => t.close());

  it('answers from memory with a value no caller can change, and unknown ids as unknown', async () => {
    const first = await findAgencyById(t.platform.db, id);
    assert.equal(await findAgencyById(t.platform.db, id.toUpperCase()), first);
    assert.throws(() => {
      (first as { name: string }).name = 'khác';
    }, TypeError);
    assert.equal(await findAgencyById(t.platform.db, '00000000-0000-4000-8000-000000000000'), undefined);
  });

  it('sees an edit made by another process once the kept value is older than 3 s', async () => {
    const kept = (await findAgencyById(t.platform.db, id))!;
    await sql`update agencies set name = ${`${kept.name} (sửa ngoài)`} where id = ${id}`.execute(
      t.platform.db,
    );
    assert.equal((await findAgencyById(t.platform.db, id))!.name, kept.name);
    mock.timers.enable({ apis: ['Date'], now: Date.now() });
    try {
      mock.timers.tick(3_001);
      assert.equal((await findAgencyById(t.platform.db, id))!.name, `${kept.name} (sửa ngoài)`);
    } finally {
      mock.timers.reset();
    }
  });

  it('forgets at once what an edit through this process changed', async () => {
    await findAgencyById(t.platform.db, id);
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/agencies/${id}`,
      headers: as(admin),
      payload: { name: 'UBND phường Hàm Rồng (đổi tên)' },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((await findAgencyById(t.platform.db, id))!.name, 'UBND phường Hàm Rồng (đổi tên)');
  });
});
