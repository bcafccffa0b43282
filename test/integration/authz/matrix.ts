/**
 * The authorization matrix: for every route in the OpenAPI document, what each kind of caller gets.
 * 'ok' is any 2xx. A route missing here fails the suite, so a new route must state its rules.
 *
 * Actors: anonymous; citizen A and B; staff X = agency admin of UBND phường Hàm Rồng; staff Y =
 * agency admin of UBND phường Hạc Thành; admin = system administrator. Path ids point at X's
 * agency and citizen A unless said otherwise.
 */
export type Outcome = 'ok' | 302 | 400 | 401 | 403 | 404 | 409 | 410;
export type ActorName = 'anonymous' | 'citizenA' | 'citizenB' | 'staffX' | 'staffY' | 'admin';
export type Expect = Record<ActorName, Outcome>;

export type Fixture = {
  agencyX: string;
  citizenAId: string;
  citizenAPersonalId: string;
  specialistX: string;
  tokenX: string;
  unique: () => string;
};

export type Entry = {
  expect: Expect;
  params?: (f: Fixture) => Record<string, string>;
  query?: (f: Fixture) => Record<string, string>;
  body?: (f: Fixture, actor: ActorName) => Record<string, unknown>;
  /** Ends sessions: run after everything else. */
  last?: boolean;
};

const all = (o: Outcome): Expect => ({
  anonymous: o,
  citizenA: o,
  citizenB: o,
  staffX: o,
  staffY: o,
  admin: o,
});
const signedIn: Expect = {
  anonymous: 401,
  citizenA: 'ok',
  citizenB: 'ok',
  staffX: 'ok',
  staffY: 'ok',
  admin: 'ok',
};
const agencyAdminOfX: Expect = {
  anonymous: 401,
  citizenA: 403,
  citizenB: 403,
  staffX: 'ok',
  staffY: 404,
  admin: 'ok',
};
const citizensOnly: Expect = {
  anonymous: 401,
  citizenA: 'ok',
  citizenB: 'ok',
  staffX: 403,
  staffY: 403,
  admin: 403,
};
const deskStaff: Expect = {
  anonymous: 401,
  citizenA: 403,
  citizenB: 403,
  staffX: 'ok',
  staffY: 'ok',
  admin: 'ok',
};
const agencyParam = (f: Fixture) => ({ id: f.agencyX });

export const matrix: Record<string, Entry> = {
  'GET /api/v1/site': { expect: all('ok') },
  // Signing in rotates the caller's session, so it runs with the other session-ending calls.
  'POST /api/v1/auth/login': {
    expect: all('ok'),
    body: () => ({ login: '0900000003', password: 'CuaSo@2026' }),
    last: true,
  },
  'POST /api/v1/auth/logout': { expect: all('ok'), last: true },
  'POST /api/v1/auth/logout-all': { expect: all('ok'), last: true },
  // National eID: the start redirects anyone to the provider; a callback without a started flow is refused.
  'GET /api/v1/auth/eid/start': { expect: all(302) },
  'GET /api/v1/auth/eid/callback': { expect: all(400), query: () => ({ state: 'not-started', code: 'x' }) },
  'POST /api/v1/auth/register': {
    expect: all('ok'),
    body: (f) => ({
      email: `matrix-${f.unique()}@example.vn`,
      password: 'Ma#Tran2026x',
      fullName: 'Người Thử',
    }),
  },
  'POST /api/v1/auth/register/confirm': {
    expect: all(400),
    body: () => ({ login: 'nobody@example.vn', code: '123456' }),
  },
  'POST /api/v1/auth/password/forgot': { expect: all('ok'), body: () => ({ login: 'nobody@example.vn' }) },
  'POST /api/v1/auth/password/reset': {
    expect: all(410),
    body: () => ({ token: 'not-a-valid-reset-token-000000', password: 'Moi#MatKhau2027' }),
  },
  'POST /api/v1/auth/mfa/enrol': {
    expect: { anonymous: 401, citizenA: 'ok', citizenB: 'ok', staffX: 409, staffY: 409, admin: 409 },
  },
  'POST /api/v1/auth/mfa/enrol/confirm': {
    expect: { anonymous: 401, citizenA: 400, citizenB: 400, staffX: 409, staffY: 409, admin: 409 },
    body: () => ({ code: '000000' }),
  },
  'POST /api/v1/auth/mfa/verify': {
    expect: { anonymous: 401, citizenA: 409, citizenB: 409, staffX: 400, staffY: 400, admin: 400 },
    body: () => ({ code: '000000' }),
  },
  'GET /api/v1/demo/totp/{username}': { expect: all('ok'), params: () => ({ username: 'motcua.hamrong' }) },
  'GET /api/v1/me': { expect: signedIn },
  'PATCH /api/v1/me': { expect: signedIn, body: () => ({ addressLine: 'Số 1, đường Thử' }) },
  'GET /api/v1/me/access-log': { expect: signedIn },
  'GET /api/v1/me/organisations': { expect: citizensOnly },
  'POST /api/v1/me/organisations': {
    expect: citizensOnly,
    body: (f) => ({
      kind: 'household_business',
      name: 'Hộ kinh doanh Thử',
      taxCode: `28${f.unique().padStart(8, '0').slice(-8)}`,
    }),
  },
  'POST /api/v1/me/acting-as': { expect: citizensOnly, body: () => ({ organisationId: null }) },
  'GET /api/v1/admin-units': { expect: all('ok'), query: () => ({ q: 'Hàm Rồng' }) },
  'GET /api/v1/admin-units/{code}': { expect: all('ok'), params: () => ({ code: '14758' }) },
  'GET /api/v1/agencies': { expect: all('ok') },
  'GET /api/v1/agencies/{id}': { expect: all('ok'), params: agencyParam },
  'POST /api/v1/agencies': {
    expect: agencyAdminOfX,
    body: (f) => ({
      orgId: `${f.unique().padStart(3, '0').slice(-3)}.31.21.H56`,
      name: 'Văn phòng thử',
      kind: 'office',
      parentId: f.agencyX,
      adminUnitCode: '14758',
    }),
  },
  'PATCH /api/v1/agencies/{id}': {
    expect: agencyAdminOfX,
    params: agencyParam,
    body: () => ({ phone: '0237 3960 110' }),
  },
  'GET /api/v1/agencies/{id}/staff': { expect: agencyAdminOfX, params: agencyParam },
  'POST /api/v1/agencies/{id}/staff': {
    expect: agencyAdminOfX,
    params: agencyParam,
    body: (f) => ({
      username: `thu.${f.unique()}`,
      fullName: 'Cán Bộ Thử',
      password: 'Can#BoThu2026',
      roles: ['receiver'],
    }),
  },
  'PUT /api/v1/agencies/{id}/staff/{accountId}/roles': {
    expect: agencyAdminOfX,
    params: (f) => ({ id: f.agencyX, accountId: f.specialistX }),
    body: () => ({ roles: ['specialist'] }),
  },
  'GET /api/v1/agencies/{id}/api-tokens': { expect: agencyAdminOfX, params: agencyParam },
  'POST /api/v1/agencies/{id}/api-tokens': {
    expect: agencyAdminOfX,
    params: agencyParam,
    body: () => ({ name: 'Kết nối thử', scopes: ['dossiers:read'] }),
  },
  'DELETE /api/v1/api-tokens/{id}': { expect: agencyAdminOfX, params: (f) => ({ id: f.tokenX }) },
  'GET /api/v1/people/{id}': { expect: deskStaff, params: (f) => ({ id: f.citizenAId }) },
  'GET /api/v1/people': { expect: deskStaff, query: (f) => ({ personalId: f.citizenAPersonalId }) },
};
