import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { currentTotp } from '../../../src/server/modules/identity/lib/totp';
import { createTestApp, type TestContext } from '../../support/app';
import { as, type Session, seedDemo, signIn, signInStaff } from '../../support/identity';

describe('staff two-factor, administration, API tokens and the access log', () => {
  let t: TestContext;
  let adminHamRong: Session;
  let hamRongId: string;
  let hacThanhId: string;
  before(async () => {
    t = await createTestApp();
    await seedDemo(t.platform);
    adminHamRong = await signInStaff(t.app, t.platform, 'quantri.hamrong');
    const agencies = (await t.app.inject('/api/v1/agencies')).json().items as { id: string; orgId: string }[];
    hamRongId = agencies.find((a) => a.orgId === '000.31.21.H56')!.id;
    hacThanhId = agencies.find((a) => a.orgId === '000.32.21.H56')!.id;
  });
  after(() => t.close());

  const get = (url: string, s: Session) => t.app.inject({ url: `/api/v1${url}`, headers: as(s) });
  const send = (
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    s: Session,
    payload?: Record<string, unknown>,
  ) => t.app.inject({ method, url: `/api/v1${url}`, headers: as(s), ...(payload ? { payload } : {}) });

  it('asks staff for the second factor and refuses privileged work until it is passed', async () => {
    const s = await signIn(t.app, 'quantri.hamrong');
    assert.equal((await get('/me', s)).json().mfa, 'verify');
    const early = await get(`/agencies/${hamRongId}/staff`, s);
    assert.equal(early.statusCode, 403);
    assert.equal(early.json().code, 'MFA_REQUIRED');
    const wrong = await send('POST', '/auth/mfa/verify', s, { code: '000000' });
    assert.equal(wrong.statusCode, 400);
  });

  it('enrols a new staff member: QR secret, first code, recovery codes; a code is never accepted twice', async () => {
    const created = await send('POST', `/agencies/${hamRongId}/staff`, adminHamRong, {
      username: 'chuyenvien2.hamrong',
      fullName: 'Đinh Thị Phương',
      email: 'phuong@cuaso.local',
      password: 'Phuong#HamRong26',
      roles: ['specialist', 'receiver'],
    });
    assert.equal(created.statusCode, 201);
    assert.deepEqual(created.json().roles.sort(), ['receiver', 'specialist']);

    const s = await signIn(t.app, 'chuyenvien2.hamrong', 'Phuong#HamRong26');
    assert.equal((await get('/me', s)).json().mfa, 'enrol');
    const enrol = await send('POST', '/auth/mfa/enrol', s);
    assert.equal(enrol.statusCode, 200);
    assert.match(enrol.json().otpauthUrl, /^otpauth:\/\/totp\//);
    assert.match(enrol.json().qrSvg, /^<svg/);
    const code = currentTotp(enrol.json().secret);
    const confirmed = await send('POST', '/auth/mfa/enrol/confirm', s, { code });
    assert.equal(confirmed.statusCode, 200);
    const recovery: string[] = confirmed.json().recoveryCodes;
    assert.equal(recovery.length, 10);
    assert.equal((await get('/me', s)).json().mfa, 'done');

    const again = await signIn(t.app, 'chuyenvien2.hamrong', 'Phuong#HamRong26');
    const replay = await send('POST', '/auth/mfa/verify', again, { code });
    assert.equal(replay.statusCode, 400, 'the enrolment code cannot be replayed');
    const byRecovery = await send('POST', '/auth/mfa/verify', again, { recoveryCode: recovery[0] });
    assert.equal(byRecovery.statusCode, 200);
    assert.equal(byRecovery.json().recoveryCodesLeft, 9);
    const third = await signIn(t.app, 'chuyenvien2.hamrong', 'Phuong#HamRong26');
    assert.equal(
      (await send('POST', '/auth/mfa/verify', third, { recoveryCode: recovery[0] })).statusCode,
      400,
    );
  });

  it('scopes administration to the admin’s agency: another commune is not found', async () => {
    assert.equal((await get(`/agencies/${hamRongId}/staff`, adminHamRong)).statusCode, 200);
    const other = await get(`/agencies/${hacThanhId}/staff`, adminHamRong);
    assert.equal(other.statusCode, 404);
    const roles = await send('PUT', `/agencies/${hacThanhId}/staff/${adminHamRong.id}/roles`, adminHamRong, {
      roles: ['leader'],
    });
    assert.equal(roles.statusCode, 404);
    const sysadmin = await signInStaff(t.app, t.platform, 'admin');
    assert.equal((await get(`/agencies/${hacThanhId}/staff`, sysadmin)).statusCode, 200);
  });

  it('audits role changes and refuses to hand out system administration', async () => {
    const staff = (await get(`/agencies/${hamRongId}/staff`, adminHamRong)).json().items as {
      id: string;
      username: string;
    }[];
    const target = staff.find((x) => x.username === 'chuyenvien.hamrong')!;
    const res = await send('PUT', `/agencies/${hamRongId}/staff/${target.id}/roles`, adminHamRong, {
      roles: ['specialist', 'leader'],
    });
    assert.equal(res.statusCode, 200);
    const escalate = await send('PUT', `/agencies/${hamRongId}/staff/${target.id}/roles`, adminHamRong, {
      roles: ['system_admin'],
    });
    assert.equal(escalate.statusCode, 403);
    const audit = await sql<{ data: { before: string[]; after: string[] } }>`
      select data from audit_log where action = 'staff.roles_changed' and subject_id = ${target.id}`.execute(
      t.platform.db,
    );
    assert.equal(audit.rows.length, 1);
    assert.deepEqual(audit.rows[0]!.data.after, ['specialist', 'leader']);
  });

  it('issues an API token shown once, hashed at rest, audited on use, dead once revoked', async () => {
    const created = await send('POST', `/agencies/${hamRongId}/api-tokens`, adminHamRong, {
      name: 'Kết nối LGSP tỉnh',
      scopes: ['dossiers:read'],
      expiresInDays: 30,
    });
    assert.equal(created.statusCode, 201);
    const token: string = created.json().token;
    assert.match(token, /^cst_/);
    const stored = await sql<{ token_hash: string }>`select token_hash from api_tokens`.execute(
      t.platform.db,
    );
    assert.ok(stored.rows.every((r) => r.token_hash !== token && r.token_hash.length === 64));
    const listed = (await get(`/agencies/${hamRongId}/api-tokens`, adminHamRong)).json().items;
    assert.equal(listed[0].prefix, token.slice(0, 10));
    assert.equal('token' in listed[0], false);

    const used = await t.app.inject({
      url: '/api/v1/agencies',
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(used.statusCode, 200);
    const audit = await sql<{
      n: number;
    }>`select count(*)::int as n from audit_log where action = 'auth.token_used'`.execute(t.platform.db);
    assert.equal(audit.rows[0]!.n, 1);

    assert.equal((await send('DELETE', `/api-tokens/${created.json().id}`, adminHamRong)).statusCode, 204);
    const dead = await t.app.inject({
      url: '/api/v1/agencies',
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(dead.statusCode, 401);
    const bogus = await t.app.inject({
      url: '/api/v1/agencies',
      headers: { authorization: 'Bearer cst_not-a-token' },
    });
    assert.equal(bogus.statusCode, 401);
  });

  it('shows a citizen which agency and role viewed their data', async () => {
    const receiver = await signInStaff(t.app, t.platform, 'motcua.hamrong');
    const found = await get('/people?personalId=038090012345', receiver);
    assert.equal(found.statusCode, 200);
    assert.equal(found.json().fullName, 'Nguyễn Văn An');
    const citizen = await signIn(t.app, '0900000001');
    const log = (await get('/me/access-log', citizen)).json().items as {
      action: string;
      agencyName: string;
      role: string;
    }[];
    const viewed = log.find((e) => e.action === 'person.viewed');
    assert.ok(viewed);
    assert.match(viewed.agencyName, /Hàm Rồng/);
    assert.equal(viewed.role, 'receiver');
    const citizenLooks = await get('/people?personalId=038192004321', citizen);
    assert.equal(citizenLooks.statusCode, 403);
  });

  it('lets an agency admin add a sub-agency with a well-formed organisation id', async () => {
    const bad = await send('POST', '/agencies', adminHamRong, {
      orgId: 'H56',
      name: 'Văn phòng',
      kind: 'office',
      parentId: hamRongId,
      adminUnitCode: '14758',
    });
    assert.equal(bad.statusCode, 400);
    const ok = await send('POST', '/agencies', adminHamRong, {
      orgId: '002.31.21.H56',
      name: 'Văn phòng HĐND và UBND phường Hàm Rồng',
      kind: 'office',
      parentId: hamRongId,
      adminUnitCode: '14758',
    });
    assert.equal(ok.statusCode, 201);
    assert.equal(ok.json().parentId, hamRongId);
    const outside = await send('POST', '/agencies', adminHamRong, {
      orgId: '002.32.21.H56',
      name: 'Văn phòng phường Hạc Thành',
      kind: 'office',
      parentId: hacThanhId,
      adminUnitCode: '14797',
    });
    assert.equal(outside.statusCode, 404);
  });
});
