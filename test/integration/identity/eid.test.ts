import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Provider } from 'oidc-provider';
import { createTestApp, type TestContext } from '../../support/app';

const PUBLIC_URL = 'http://cuaso.test';
const CALLBACK = `${PUBLIC_URL}/api/v1/auth/eid/callback`;
const CLIENT = { id: 'cuaso-test', secret: 'a-test-client-secret-for-the-eid-idp' };
const PID_CLAIM = 'personal_identification_number';

type Person = { sub: string; [claim: string]: unknown };

/**
 * A real OpenID Connect provider on 127.0.0.1, configured like the national eID: discovery, JWKS,
 * ES256-signed ID tokens carrying the identity, PKCE required. Its interaction has no UI: it signs
 * in whoever `next` names (or refuses), as a person at the provider would.
 */
async function startIdp() {
  const { default: OidcProvider } = await import('oidc-provider');
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const people = new Map<string, Person>();
  const idp = { issuer, next: undefined as Person | 'deny' | undefined, breakIdTokens: false };
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const provider: Provider = new OidcProvider(issuer, {
    clients: [
      {
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        redirect_uris: [CALLBACK],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        id_token_signed_response_alg: 'ES256',
      },
    ],
    jwks: {
      keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test-es256', alg: 'ES256', use: 'sig' }],
    },
    cookies: { keys: ['test-idp-cookie-key'] },
    claims: {
      openid: ['sub'],
      profile: ['name', 'birthdate', 'gender', PID_CLAIM],
      phone: ['phone_number'],
      email: ['email'],
    },
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 600,
      Grant: 600,
      Session: 600,
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => {
      const person = people.get(sub);
      return person && { accountId: sub, claims: () => person };
    },
  });
  // Post-middleware: a token response whose ID token signature no longer verifies.
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (idp.breakIdTokens && ctx.oidc?.route === 'token' && body?.id_token) {
      const [header, payload, signature = ''] = body.id_token.split('.');
      const flipped = `${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
      ctx.body = { ...body, id_token: `${header}.${payload}.${flipped}` };
    }
  });
  const callback = provider.callback();
  server.on('request', async (req, res) => {
    if (!req.url?.startsWith('/interaction/')) return callback(req, res);
    const next = idp.next;
    if (!next || next === 'deny')
      return provider.interactionFinished(
        req,
        res,
        { error: 'access_denied' },
        { mergeWithLastSubmission: false },
      );
    people.set(next.sub, next);
    const details = await provider.interactionDetails(req, res);
    const grant = new provider.Grant({ accountId: next.sub, clientId: details.params.client_id });
    grant.addOIDCScope(String(details.params.scope));
    await provider.interactionFinished(req, res, {
      login: { accountId: next.sub },
      consent: { grantId: await grant.save() },
    });
  });
  return Object.assign(idp, { close: () => new Promise<void>((resolve) => server.close(() => resolve())) });
}

/** A browser: follows nothing by itself, keeps cookies, reaches the app by inject and the IdP by HTTP. */
function browser(t: TestContext) {
  const jar = new Map<string, string>();
  async function get(url: string) {
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    let status: number;
    let location: string | undefined;
    let setCookies: string[];
    let body: string;
    if (url.startsWith(PUBLIC_URL)) {
      const res = await t.app.inject({ url: url.slice(PUBLIC_URL.length), headers: { cookie } });
      status = res.statusCode;
      location = res.headers.location as string | undefined;
      const raw = res.headers['set-cookie'];
      setCookies = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
      body = res.body;
    } else {
      const res = await fetch(url, { headers: { cookie }, redirect: 'manual' });
      status = res.status;
      location = res.headers.get('location') ?? undefined;
      setCookies = res.headers.getSetCookie();
      body = await res.text();
    }
    for (const c of setCookies) {
      const [pair = ''] = c.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      if (!value || /expires=Thu, 01 Jan 1970/i.test(c)) jar.delete(name);
      else jar.set(name, value);
    }
    return { status, location: location && new URL(location, url).href, body, setCookies };
  }
  /** From the app's start URL to the provider's answer at the callback (not yet requested). */
  async function toCallback(returnTo = '/') {
    let res = await get(`${PUBLIC_URL}/api/v1/auth/eid/start?returnTo=${encodeURIComponent(returnTo)}`);
    for (let hop = 0; hop < 8 && res.location && !res.location.startsWith(CALLBACK); hop++)
      res = await get(res.location);
    if (!res.location?.startsWith(CALLBACK))
      assert.fail(`expected a redirect to the callback, got ${res.status}`);
    return res.location;
  }
  const me = async () => {
    const res = await t.app.inject({
      url: '/api/v1/me',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    return { status: res.statusCode, body: res.json() };
  };
  return { get, toCallback, me, jar };
}

const person = (over: Partial<Person> = {}): Person => ({
  sub: `sub-${Math.random().toString(36).slice(2)}`,
  name: 'Hoàng Thị Mai',
  birthdate: '1998-04-12',
  gender: 'female',
  phone_number: '+84911222333',
  [PID_CLAIM]: '038198765432',
  ...over,
});

describe('sign-in with the national eID (OpenID Connect)', () => {
  let t: TestContext;
  let idp: Awaited<ReturnType<typeof startIdp>>;
  before(async () => {
    idp = await startIdp();
    t = await createTestApp({
      PUBLIC_URL,
      EID_ISSUER: idp.issuer,
      EID_CLIENT_ID: CLIENT.id,
      EID_CLIENT_SECRET: CLIENT.secret,
    });
  });
  after(async () => {
    await t.close();
    await idp.close();
  });

  const countAccounts = async (personalId: string) =>
    (await t.platform.db.selectFrom('accounts').select('id').where('personal_id', '=', personalId).execute())
      .length;
  const auditActions = async (accountId: string) =>
    (
      await t.platform.db
        .selectFrom('audit_log')
        .select(['action', 'data'])
        .where('actor_id', '=', accountId)
        .orderBy('seq')
        .execute()
    ).map((r) => r.action);

  it('creates a verified citizen at the first sign-in and opens a session', async () => {
    const mai = person();
    idp.next = mai;
    const b = browser(t);
    const done = await b.get(await b.toCallback('/ho-so?tab=1'));
    assert.equal(done.status, 302);
    assert.equal(done.location, `${PUBLIC_URL}/ho-so?tab=1`);
    const me = await b.me();
    assert.equal(me.status, 200);
    assert.equal(me.body.kind, 'citizen');
    assert.equal(me.body.fullName, 'Hoàng Thị Mai');
    assert.equal(me.body.personalId, '038198765432');
    assert.equal(me.body.dateOfBirth, '1998-04-12');
    assert.equal(me.body.sex, 'female');
    assert.equal(me.body.phone, '0911222333');
    assert.equal(me.body.identityVerifiedBy, 'eid');
    const actions = await auditActions(me.body.id);
    assert.ok(actions.includes('account.eid_linked') && actions.includes('auth.login'), actions.join());

    // Second sign-in: the same account, with the name as the provider now knows it.
    idp.next = { ...mai, name: 'Hoàng Thị Mai Anh' };
    const again = browser(t);
    assert.equal((await again.get(await again.toCallback())).location, `${PUBLIC_URL}/`);
    const second = await again.me();
    assert.equal(second.body.id, me.body.id);
    assert.equal(second.body.fullName, 'Hoàng Thị Mai Anh');
    assert.equal(await countAccounts('038198765432'), 1);
  });

  it('links an existing account with the same personal identification number', async () => {
    const { id } = await t.platform.db
      .insertInto('accounts')
      .values({
        kind: 'citizen',
        phone: '0912345678',
        full_name: 'Vũ Đức Thắng',
        status: 'active',
        personal_id: '001085001234',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    idp.next = person({
      name: 'Vũ Đức Thắng',
      [PID_CLAIM]: '001085001234',
      gender: 'male',
      birthdate: '1985-01-02',
      phone_number: '+84912345678',
    });
    const b = browser(t);
    await b.get(await b.toCallback());
    const me = await b.me();
    assert.equal(me.body.id, id);
    assert.equal(me.body.phone, '0912345678');
    assert.equal(me.body.identityVerifiedBy, 'eid');
    assert.equal(await countAccounts('001085001234'), 1);
    const link = await t.platform.db
      .selectFrom('eid_links')
      .selectAll()
      .where('account_id', '=', id)
      .execute();
    assert.equal(link.length, 1);
    assert.equal(link[0]?.issuer, idp.issuer);
  });

  it('answers a tampered or unknown state with 400, opens no session and leaves the real flow usable', async () => {
    idp.next = person({ [PID_CLAIM]: '038090055555', gender: 'male', birthdate: '1990-01-01' });
    const b = browser(t);
    const callback = new URL(await b.toCallback());
    const tampered = new URL(callback);
    tampered.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    const res = await b.get(tampered.href);
    assert.equal(res.status, 400);
    assert.match(res.body, /"code":"VALIDATION_FAILED"/);
    assert.ok(!res.setCookies.some((c) => c.startsWith('cuaso_session=')));
    assert.equal((await b.me()).status, 401);

    // A state this app never issued, even with a matching (validly signed) browser cookie.
    const forged = await t.app.inject({
      url: '/api/v1/auth/eid/callback?state=never-issued&code=abc',
      headers: { cookie: `cuaso_eid=${t.app.signCookie('never-issued')}` },
    });
    assert.equal(forged.statusCode, 400);

    assert.equal((await b.get(callback.href)).status, 302);
    assert.equal((await b.me()).status, 200);
    // A state is used once.
    assert.equal((await b.get(callback.href)).status, 400);
  });

  it('sends the person back to the sign-in page when they refuse at the provider', async () => {
    idp.next = 'deny';
    const b = browser(t);
    const res = await b.get(await b.toCallback());
    assert.equal(res.status, 302);
    assert.equal(res.location, `${PUBLIC_URL}/dang-nhap?eid_error=access_denied`);
    assert.equal((await b.me()).status, 401);
    const failed = await t.platform.db
      .selectFrom('audit_log')
      .select('data')
      .where('action', '=', 'auth.login_failed')
      .execute();
    assert.ok(failed.some((r) => (r.data as { reason?: string }).reason === 'access_denied'));
  });

  for (const [label, claims, error] of [
    ['without the personal identification number', { [PID_CLAIM]: undefined }, 'no_personal_id'],
    [
      'with a 13-digit personal identification number',
      { [PID_CLAIM]: '0380900123456' },
      'invalid_personal_id',
    ],
    [
      'whose number disagrees with the birth date',
      { [PID_CLAIM]: '038090077777', birthdate: '1991-05-05' },
      'invalid_personal_id',
    ],
  ] as const)
    it(`refuses an ID token ${label}`, async () => {
      const p = person({ ...claims, gender: 'male' });
      idp.next = p;
      const b = browser(t);
      const res = await b.get(await b.toCallback());
      assert.equal(res.location, `${PUBLIC_URL}/dang-nhap?eid_error=${error}`);
      assert.equal((await b.me()).status, 401);
      const links = await t.platform.db
        .selectFrom('eid_links')
        .select('subject')
        .where('subject', '=', p.sub)
        .execute();
      assert.equal(links.length, 0);
    });

  it('refuses an ID token whose signature does not verify, without a 500', async () => {
    idp.next = person({ [PID_CLAIM]: '038090066666', gender: 'male', birthdate: '1990-02-02' });
    idp.breakIdTokens = true;
    try {
      const b = browser(t);
      const res = await b.get(await b.toCallback());
      assert.equal(res.location, `${PUBLIC_URL}/dang-nhap?eid_error=provider_error`);
      assert.equal(await countAccounts('038090066666'), 0);
    } finally {
      idp.breakIdTokens = false;
    }
  });

  it('never signs in to a staff account', async () => {
    await t.platform.db
      .insertInto('accounts')
      .values({
        kind: 'staff',
        username: 'canbo.eid',
        full_name: 'Đỗ Văn Hùng',
        status: 'active',
        personal_id: '038080012121',
      })
      .execute();
    idp.next = person({
      name: 'Đỗ Văn Hùng',
      [PID_CLAIM]: '038080012121',
      gender: 'male',
      birthdate: '1980-07-07',
    });
    const b = browser(t);
    const res = await b.get(await b.toCallback());
    assert.equal(res.status, 403);
    assert.match(res.body, /"reason":"staff_account"/);
    assert.equal((await b.me()).status, 401);
    const links = await t.platform.db
      .selectFrom('eid_links')
      .select('subject')
      .where('subject', '=', String(idp.next.sub))
      .execute();
    assert.equal(links.length, 0);
  });

  it('accepts only a path on this site as returnTo', async () => {
    for (const bad of ['//evil.example/x', 'https://evil.example/', '/\\evil.example'])
      assert.equal(
        (await t.app.inject(`/api/v1/auth/eid/start?returnTo=${encodeURIComponent(bad)}`)).statusCode,
        400,
        bad,
      );
  });
});
