import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, type TestContext } from '../../support/app';
import { as, seedDemo, signIn } from '../../support/identity';

describe('sign-in, sessions and CSRF', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestApp({ SESSION_IDLE_MINUTES: '30' });
    await seedDemo(t.platform);
  });
  after(() => t.close());

  const login = (login: string, password: string, ip = '10.1.1.1') =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login, password },
      remoteAddress: ip,
    });

  it('signs a citizen in by phone with a hardened session cookie', async () => {
    const res = await login('0900000001', 'CuaSo@2026');
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().mfa, 'none');
    const cookie = res.cookies.find((c) => c.name === 'cuaso_session')!;
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.path, '/');
    const me = await t.app.inject({
      url: '/api/v1/me',
      headers: { cookie: `cuaso_session=${cookie.value}` },
    });
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().fullName, 'Nguyễn Văn An');
    assert.equal(me.json().address.unitName, 'Phường Hàm Rồng');
  });

  it('accepts +84 and e-mail forms of the login', async () => {
    assert.equal((await login('+84900000001', 'CuaSo@2026')).statusCode, 200);
    assert.equal((await login('Nguyen.Van.An@Example.vn', 'CuaSo@2026')).statusCode, 200);
  });

  it('answers an unknown account exactly like a wrong password', async () => {
    const wrong = await login('0900000002', 'Sai@mat-khau1', '10.2.2.2');
    const unknown = await login('0999999999', 'Sai@mat-khau1', '10.2.2.3');
    assert.equal(wrong.statusCode, 401);
    assert.equal(unknown.statusCode, 401);
    const strip = (b: Record<string, unknown>) => ({ ...b, request_id: undefined });
    assert.deepEqual(strip(wrong.json()), strip(unknown.json()));
    assert.equal(wrong.json().code, 'INVALID_CREDENTIALS');
    assert.match(wrong.json().message_vi, /mật khẩu không đúng/);
  });

  it('locks a login name after a burst of failures, also for the right password, and audits it', async () => {
    for (let i = 0; i < 5; i++)
      assert.equal((await login('0900000003', `Sai@${i}abcdef`, `10.3.3.${i}`)).statusCode, 401);
    const locked = await login('0900000003', 'CuaSo@2026', '10.3.3.9');
    assert.equal(locked.statusCode, 423);
    assert.equal(locked.json().code, 'LOCKED');
    const audit = await sql<{
      n: number;
    }>`select count(*)::int as n from audit_log where action = 'auth.locked'`.execute(t.platform.db);
    assert.ok(audit.rows[0]!.n >= 1);
  });

  it('throttles one IP trying many logins with 429', async () => {
    let last = 0;
    for (let i = 0; i < 21; i++)
      last = (await login(`09111111${String(i).padStart(2, '0')}`, 'Sai@abcdef1', '10.9.9.9')).statusCode;
    assert.equal(last, 429);
  });

  it('rotates the session id at sign-in: the earlier cookie stops working', async () => {
    const first = await signIn(t.app, '0900000002', 'CuaSo@2026', '10.4.4.4');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { cookie: first.cookie },
      payload: { login: '0900000002', password: 'CuaSo@2026' },
      remoteAddress: '10.4.4.4',
    });
    assert.equal(res.statusCode, 200);
    assert.notEqual(res.cookies.find((c) => c.name === 'cuaso_session')!.value, first.cookie.split('=')[1]);
    assert.equal(
      (await t.app.inject({ url: '/api/v1/me', headers: { cookie: first.cookie } })).statusCode,
      401,
    );
  });

  it('refuses a cookie-authenticated write without the right CSRF token, and changes nothing', async () => {
    const s = await signIn(t.app, '0900000002', 'CuaSo@2026', '10.5.5.5');
    const noToken = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: s.cookie },
      payload: { addressLine: 'X' },
    });
    assert.equal(noToken.statusCode, 403);
    assert.equal(noToken.json().code, 'CSRF_FAILED');
    const forged = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: s.cookie, 'x-csrf-token': 'forged-token-forged-token-123' },
      payload: { addressLine: 'X' },
    });
    assert.equal(forged.statusCode, 403);
    const me = await t.app.inject({ url: '/api/v1/me', headers: as(s) });
    assert.equal(me.json().address.line, 'Số 8, đường Hàm Rồng');
    const ok = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: as(s),
      payload: { addressLine: 'Số 10, đường Hàm Rồng' },
    });
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.json().address.line, 'Số 10, đường Hàm Rồng');
  });

  it('treats a tampered cookie as no session', async () => {
    const s = await signIn(t.app, '0900000001', 'CuaSo@2026', '10.6.6.6');
    const tampered = s.cookie.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    const res = await t.app.inject({ url: '/api/v1/me', headers: { cookie: tampered } });
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().code, 'UNAUTHENTICATED');
  });

  it('ends idle and expired sessions', async () => {
    const idle = await signIn(t.app, '0900000001', 'CuaSo@2026', '10.7.7.7');
    const expired = await signIn(t.app, '0900000001', 'CuaSo@2026', '10.7.7.8');
    // Every open session idle for 31 minutes, then every session past its absolute lifetime.
    await sql`update sessions set last_seen_at = now() - interval '31 minutes'`.execute(t.platform.db);
    assert.equal(
      (await t.app.inject({ url: '/api/v1/me', headers: { cookie: idle.cookie } })).statusCode,
      401,
    );
    await sql`update sessions set last_seen_at = now(), expires_at = now() - interval '1 second'`.execute(
      t.platform.db,
    );
    assert.equal(
      (await t.app.inject({ url: '/api/v1/me', headers: { cookie: expired.cookie } })).statusCode,
      401,
    );
  });

  it('logs out one session, or every session of the person', async () => {
    const a = await signIn(t.app, '0900000001', 'CuaSo@2026', '10.8.8.1');
    const b = await signIn(t.app, '0900000001', 'CuaSo@2026', '10.8.8.2');
    const c = await signIn(t.app, '0900000001', 'CuaSo@2026', '10.8.8.3');
    assert.equal(
      (await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: as(a) })).statusCode,
      200,
    );
    assert.equal((await t.app.inject({ url: '/api/v1/me', headers: as(a) })).statusCode, 401);
    assert.equal((await t.app.inject({ url: '/api/v1/me', headers: as(b) })).statusCode, 200);
    const all = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout-all', headers: as(b) });
    assert.ok(all.json().ended >= 2);
    assert.equal((await t.app.inject({ url: '/api/v1/me', headers: as(c) })).statusCode, 401);
  });

  it('answers 401 to anonymous /me', async () => {
    const res = await t.app.inject('/api/v1/me');
    assert.equal(res.statusCode, 401);
    assert.match(res.json().message_vi, /đăng nhập/);
  });
});
