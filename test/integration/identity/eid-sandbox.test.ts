import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { identityModule } from '../../../src/server/modules/identity';
import { createTestApp, type TestContext } from '../../support/app';

/** A port free right now: the public URL must be known before the app is configured. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A browser over real HTTP that keeps cookies and lets the test follow each redirect. */
function browser() {
  const jar = new Map<string, string>();
  async function request(url: string, form?: Record<string, string>) {
    const res = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(form ? { body: new URLSearchParams(form).toString() } : {}),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      if (!value || /expires=Thu, 01 Jan 1970/i.test(c)) jar.delete(name);
      else jar.set(name, value);
    }
    const location = res.headers.get('location');
    return { res, body: await res.text(), location: location ? new URL(location, url).href : undefined };
  }
  return { request };
}

describe('demo sandbox eID provider', () => {
  let t: TestContext;
  let base: string;
  before(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    t = await createTestApp({ DEMO: 'true', PUBLIC_URL: base });
    await identityModule.seedDemo?.(t.platform);
    await t.app.listen({ port, host: '127.0.0.1' });
  });
  after(() => t.close());

  /** Start → sandbox page → the demo user's choice → callback → the page they came from. */
  async function signIn(choice: { who: string } | 'cancel', returnTo = '/', b = browser()) {
    let step = await b.request(`${base}/api/v1/auth/eid/start?returnTo=${encodeURIComponent(returnTo)}`);
    assert.equal(step.res.status, 302);
    assert.ok(step.location?.startsWith(`${base}/sandbox/eid/auth?`), step.location);
    step = await b.request(step.location!);
    assert.match(step.location ?? '', /\/sandbox\/eid\/interaction\//);
    const page = await b.request(step.location!);
    assert.equal(page.res.status, 200);
    assert.match(page.res.headers.get('content-type') ?? '', /text\/html/);
    assert.match(page.res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.doesNotMatch(page.body, /<script/i);
    assert.match(page.body, /Phạm Thị Dung/);
    assert.match(page.body, /Nguyễn Văn An/);
    const actions = [...page.body.matchAll(/<form method="post" action="([^"]+)"/g)].map((m) => m[1]!);
    const action = new URL(choice === 'cancel' ? actions[1]! : actions[0]!, step.location).href;
    step = await b.request(action, choice === 'cancel' ? {} : choice);
    for (let hop = 0; hop < 5 && step.location?.startsWith(`${base}/sandbox/eid/`); hop++)
      step = await b.request(step.location);
    assert.ok(step.location?.startsWith(`${base}/api/v1/auth/eid/callback?`), step.location);
    const done = await b.request(step.location!);
    const me = await b.request(`${base}/api/v1/me`);
    return { done, me: { status: me.res.status, body: me.body ? JSON.parse(me.body) : undefined } };
  }

  it('publishes OpenID Connect discovery under the app’s own public URL', async () => {
    const res = await fetch(`${base}/sandbox/eid/.well-known/openid-configuration`);
    assert.equal(res.status, 200);
    const doc = await res.json();
    assert.equal(doc.issuer, `${base}/sandbox/eid`);
    assert.deepEqual(doc.code_challenge_methods_supported, ['S256']);
    assert.equal(doc.token_endpoint, `${base}/sandbox/eid/token`);
  });

  it('creates an account for Phạm Thị Dung at her first sign-in', async () => {
    const { done, me } = await signIn({ who: 'dung' }, '/ho-so');
    assert.equal(done.res.status, 302);
    assert.equal(done.location, `${base}/ho-so`);
    assert.equal(me.status, 200);
    assert.equal(me.body.fullName, 'Phạm Thị Dung');
    assert.equal(me.body.personalId, '038195001122');
    assert.equal(me.body.dateOfBirth, '1995-06-30');
    assert.equal(me.body.sex, 'female');
    assert.equal(me.body.phone, null);
    assert.equal(me.body.identityVerifiedBy, 'eid');
    assert.ok(existsSync(join(t.config.dataDir, 'eid-sandbox', 'jwks.json')));
  });

  it('links Nguyễn Văn An to the existing demo citizen, and asks again on a shared machine', async () => {
    const demo = await t.platform.db
      .selectFrom('accounts')
      .select('id')
      .where('phone', '=', '0900000001')
      .executeTakeFirstOrThrow();
    const b = browser();
    const { me } = await signIn({ who: 'an' }, '/', b);
    assert.equal(me.body.id, demo.id);
    assert.equal(me.body.phone, '0900000001');
    assert.equal(me.body.identityVerifiedBy, 'eid');
    // Same browser, next sign-in: the sandbox shows the choice again instead of reusing An.
    const next = await signIn({ who: 'dung' }, '/', b);
    assert.equal(next.me.body.fullName, 'Phạm Thị Dung');
  });

  it('sends a cancelled sign-in back to the sign-in page', async () => {
    const { done, me } = await signIn('cancel');
    assert.equal(done.location, `${base}/dang-nhap?eid_error=access_denied`);
    assert.equal(me.status, 401);
  });
});
