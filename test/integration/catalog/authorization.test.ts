import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { TestContext } from '../../support/app';
import { as, type Session, signIn, signInStaff } from '../../support/identity';
import { addDays, createCatalogTestApp, signInProvinceAdmin, versionInput } from './fixtures';

describe('who may change the catalogue', () => {
  let t: TestContext;
  let hamRongAdmin: Session;
  let hacThanhAdmin: Session;
  let province: Session;
  let hamRong: string;
  before(async () => {
    t = await createCatalogTestApp();
    hamRongAdmin = await signInStaff(t.app, t.platform, 'quantri.hamrong');
    hacThanhAdmin = await signInStaff(t.app, t.platform, 'quantri.hacthanh');
    province = await signInProvinceAdmin(t, await signInStaff(t.app, t.platform, 'admin'));
    const agencies = (await t.app.inject('/api/v1/agencies')).json().items as { id: string; orgId: string }[];
    hamRong = agencies.find((a) => a.orgId === '000.31.21.H56')!.id;
  });
  after(() => t.close());

  const writes = (s?: Session) => {
    const headers = s ? as(s) : {};
    return [
      t.app.inject({
        method: 'POST',
        url: '/api/v1/procedures/1.001193/versions',
        headers,
        payload: versionInput(),
      }),
      t.app.inject({
        method: 'PATCH',
        url: '/api/v1/procedures/1.001193',
        headers,
        payload: { onlineServiceLevel: 'partial' },
      }),
      t.app.inject({
        method: 'PUT',
        url: '/api/v1/procedure-fields/ho-tich',
        headers,
        payload: { name: 'Hộ tịch mới' },
      }),
      t.app.inject({ method: 'PUT', url: `/api/v1/procedures/1.001193/agencies/${hamRong}`, headers }),
    ];
  };

  it('refuses every write to anonymous callers (401) and citizens (403)', async () => {
    for (const res of await Promise.all(writes())) assert.equal(res.statusCode, 401, res.body);
    const citizen = await signIn(t.app, '0900000001');
    for (const res of await Promise.all(writes(citizen))) assert.equal(res.statusCode, 403, res.body);
    const page = (await t.app.inject('/api/v1/procedures/1.001193')).json();
    assert.equal(page.onlineServiceLevel, 'full');
  });

  it('keeps the shared catalogue out of a commune admin’s scope (404), but not the province’s', async () => {
    const [version, patch, field] = await Promise.all(writes(hamRongAdmin).slice(0, 3));
    assert.equal(version!.statusCode, 404);
    assert.equal(patch!.statusCode, 404);
    assert.equal(field!.statusCode, 404);
    const byProvince = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/procedures/1.001193',
      headers: as(province),
      payload: { onlineServiceLevel: 'partial' },
    });
    assert.equal(byProvince.statusCode, 200, byProvince.body);
    assert.equal(byProvince.json().onlineServiceLevel, 'partial');
  });

  it('lets an agency admin choose the procedures of their own agency only', async () => {
    const url = `/api/v1/procedures/2.000815/agencies/${hamRong}`;
    const other = await t.app.inject({ method: 'DELETE', url, headers: as(hacThanhAdmin) });
    assert.equal(other.statusCode, 404, 'another commune’s admin does not see it');
    const own = await t.app.inject({ method: 'DELETE', url, headers: as(hamRongAdmin) });
    assert.equal(own.statusCode, 204);
    const page = (await t.app.inject('/api/v1/procedures/2.000815')).json();
    assert.ok(!page.agencies.some((a: { id: string }) => a.id === hamRong));
    assert.equal(
      (await t.app.inject({ method: 'DELETE', url, headers: as(hamRongAdmin) })).statusCode,
      204,
      'idempotent',
    );
    assert.equal((await t.app.inject({ method: 'PUT', url, headers: as(hamRongAdmin) })).statusCode, 204);
    const unknown = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/procedures/2.000815/agencies/00000000-0000-4000-8000-000000000000',
      headers: as(hamRongAdmin),
    });
    assert.equal(unknown.statusCode, 404);
    const audit = await sql<{ action: string; agency_id: string; actor_type: string }>`
      select action, agency_id, actor_type from audit_log
      where action in ('catalog.procedure_offered', 'catalog.procedure_withdrawn') and subject_id = '2.000815'
      order by seq`.execute(t.platform.db);
    assert.deepEqual(
      audit.rows.map((r) => [r.action, r.agency_id, r.actor_type]),
      [
        ['catalog.procedure_withdrawn', hamRong, 'staff'],
        ['catalog.procedure_offered', hamRong, 'staff'],
      ],
    );
  });

  it('lets a province admin schedule a version from today on, and records it', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/procedures/1.004837/versions',
      headers: as(province),
      payload: versionInput({ effectiveFrom: addDays(0) }),
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().status, 'in_force');
    const audit = await sql<{ data: { version: number } }>`
      select data from audit_log where action = 'catalog.version_scheduled' and subject_id = '1.004837'`.execute(
      t.platform.db,
    );
    assert.equal(audit.rows[0]?.data.version, 2);
  });
});
