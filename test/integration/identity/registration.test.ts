import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, type TestContext } from '../../support/app';

import { startMailSink } from '../../support/mail-sink';

describe('citizen registration with a one-time code, and password reset', () => {
  let t: TestContext;
  let mail: Awaited<ReturnType<typeof startMailSink>>;
  before(async () => {
    mail = await startMailSink();
    t = await createTestApp({ SMTP_URL: mail.url }, { jobs: true });
  });
  after(async () => {
    await t.close();
    await mail.close();
  });

  const post = (url: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload });
  const codeIn = (text: string) => /\b(\d{6})\b/.exec(text)?.[1];

  it('refuses a weak or common password and creates nothing', async () => {
    const res = await post('/auth/register', {
      email: 'weak@example.vn',
      password: 'password123',
      fullName: 'Hà Văn Yếu',
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.json().message_vi, /phổ biến|ít nhất 3/);
    const n = await sql<{
      n: number;
    }>`select count(*)::int as n from accounts where email = 'weak@example.vn'`.execute(t.platform.db);
    assert.equal(n.rows[0]!.n, 0);
  });

  it('registers by e-mail, refuses a wrong code, activates with the mailed code, and refuses its reuse', async () => {
    const reg = await post('/auth/register', {
      email: 'dao.thi.hue@example.vn',
      password: 'Hue#Thanh2026',
      fullName: 'Đào Thị Huệ',
    });
    assert.equal(reg.statusCode, 201);
    assert.equal(reg.json().channel, 'email');
    const text = await mail.waitFor('dao.thi.hue@example.vn');
    const code = codeIn(text)!;
    assert.ok(code, 'mail contains a 6-digit code');

    const pending = await post('/auth/login', { login: 'dao.thi.hue@example.vn', password: 'Hue#Thanh2026' });
    assert.equal(pending.statusCode, 403);
    assert.equal(pending.json().reason, 'not_activated');

    const wrong = await post('/auth/register/confirm', {
      login: 'dao.thi.hue@example.vn',
      code: code === '000000' ? '111111' : '000000',
    });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.json().message_en, /wrong or has expired/);

    const ok = await post('/auth/register/confirm', { login: 'dao.thi.hue@example.vn', code });
    assert.equal(ok.statusCode, 200);
    const cookie = ok.cookies.find((c) => c.name === 'cuaso_session')!;
    const me = await t.app.inject({
      url: '/api/v1/me',
      headers: { cookie: `cuaso_session=${cookie.value}` },
    });
    assert.equal(me.json().fullName, 'Đào Thị Huệ');

    const reused = await post('/auth/register/confirm', { login: 'dao.thi.hue@example.vn', code });
    assert.equal(reused.statusCode, 400);
    const again = await post('/auth/register', {
      email: 'dao.thi.hue@example.vn',
      password: 'Hue#Thanh2026',
      fullName: 'Đào Thị Huệ',
    });
    assert.equal(again.statusCode, 409);
  });

  it('gives up on a code after five wrong tries', async () => {
    await post('/auth/register', {
      phone: '0912345678',
      email: 'five@example.vn',
      password: 'Nam#Dinh2026',
      fullName: 'Nguyễn Năm',
    });
    const code = codeIn(await mail.waitFor('five@example.vn'))!;
    for (let i = 0; i < 5; i++)
      await post('/auth/register/confirm', {
        login: '0912345678',
        code: code === '999999' ? '888888' : '999999',
      });
    const res = await post('/auth/register/confirm', { login: '0912345678', code });
    assert.equal(res.statusCode, 410);
    assert.equal(res.json().code, 'GONE');
  });

  it('resets a password by a one-time link; the link works once and ends every session', async () => {
    const before = await post('/auth/login', { login: 'dao.thi.hue@example.vn', password: 'Hue#Thanh2026' });
    const cookie = `cuaso_session=${before.cookies.find((c) => c.name === 'cuaso_session')!.value}`;
    mail.messages.length = 0;
    const unknown = await post('/auth/password/forgot', { login: 'nobody@example.vn' });
    const known = await post('/auth/password/forgot', { login: 'dao.thi.hue@example.vn' });
    assert.equal(unknown.statusCode, 202);
    assert.equal(known.statusCode, 202);
    const text = await mail.waitFor('dao.thi.hue@example.vn');
    const token = /dat-lai-mat-khau\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1];
    assert.ok(token);
    assert.equal(mail.messages.filter((m) => m.to.includes('nobody@example.vn')).length, 0);

    assert.equal((await post('/auth/password/reset', { token, password: '123' })).statusCode, 400);
    assert.equal(
      (await post('/auth/password/reset', { token, password: 'Moi#MatKhau2027' })).statusCode,
      200,
    );
    assert.equal(
      (await post('/auth/password/reset', { token, password: 'Khac#MatKhau2028' })).statusCode,
      410,
    );
    assert.equal((await t.app.inject({ url: '/api/v1/me', headers: { cookie } })).statusCode, 401);
    assert.equal(
      (await post('/auth/login', { login: 'dao.thi.hue@example.vn', password: 'Moi#MatKhau2027' }))
        .statusCode,
      200,
    );
  });
});
