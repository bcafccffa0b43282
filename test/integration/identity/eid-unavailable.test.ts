import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../../src/server/platform/config';
import { createTestApp, type TestContext } from '../../support/app';

describe('eID provider unreachable', () => {
  let t: TestContext;
  before(async () => {
    // Port 9 (discard) on the loopback: nothing answers, the connection is refused at once.
    t = await createTestApp({ EID_ISSUER: 'http://127.0.0.1:9', EID_CLIENT_ID: 'x', EID_CLIENT_SECRET: 'y' });
  });
  after(() => t.close());

  it('sends the person back to the sign-in page instead of failing', async () => {
    const res = await t.app.inject('/api/v1/auth/eid/start');
    assert.equal(res.statusCode, 302);
    assert.equal(res.headers.location, '/dang-nhap?eid_error=unavailable');
    assert.equal((await t.platform.db.selectFrom('oidc_flows').select('state').execute()).length, 0);
  });
});

describe('eID switched off', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestApp({ DEMO: 'false' });
  });
  after(() => t.close());

  it('answers 404 for the eID routes and the sandbox provider', async () => {
    for (const url of [
      '/api/v1/auth/eid/start',
      '/api/v1/auth/eid/callback?state=x',
      '/sandbox/eid/.well-known/openid-configuration',
    ]) {
      const res = await t.app.inject(url);
      assert.equal(res.statusCode, 404, url);
      assert.match(String(res.headers['content-type']), /problem\+json/);
    }
  });

  it('requires an https eID issuer in production', () => {
    assert.throws(
      () =>
        loadConfig({
          NODE_ENV: 'production',
          EID_ISSUER: 'http://eid.example.vn',
          EID_CLIENT_ID: 'x',
          EID_CLIENT_SECRET: 'y',
        }),
      (e: unknown) => e instanceof ConfigError && e.problems.some((p) => p.startsWith('EID_ISSUER:')),
    );
  });
});
