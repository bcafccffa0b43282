/**
 * The authorization matrix: for every route in the OpenAPI document, what each kind of caller gets.
 * 'ok' is any 2xx. A route missing here fails the suite, so a new route must state its rules.
 *
 * Actors: anonymous; citizen A and B; staff X = agency admin of UBND phường Hàm Rồng; staff Y =
 * agency admin of UBND phường Hạc Thành; admin = system administrator. Path ids point at X's
 * agency and citizen A unless said otherwise.
 */
import { smallEform, versionInput } from '../catalog/fixtures';

export type Outcome = 'ok' | 302 | 400 | 401 | 403 | 404 | 409 | 410 | 415;
export type ActorName = 'anonymous' | 'citizenA' | 'citizenB' | 'staffX' | 'staffY' | 'admin';
export type Expect = Record<ActorName, Outcome>;

export type Fixture = {
  agencyX: string;
  citizenAId: string;
  citizenAPersonalId: string;
  specialistX: string;
  tokenX: string;
  /** Citizen A's birth-registration dossier at X's agency, accepted (state `received`). */
  dossierA: { id: string; code: string; attachmentId: string; documentId: string };
  unique: () => string;
};

export type Entry = {
  expect: Expect;
  params?: (f: Fixture) => Record<string, string>;
  query?: (f: Fixture) => Record<string, string>;
  body?: (f: Fixture, actor: ActorName) => Record<string, unknown>;
  headers?: (f: Fixture) => Record<string, string>;
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
/** The catalogue is edited by the province's root committee admins and system admins only. */
const catalogueEditor: Expect = {
  anonymous: 401,
  citizenA: 403,
  citizenB: 403,
  staffX: 404,
  staffY: 404,
  admin: 'ok',
};
const anyAgencyAdmin: Expect = {
  anonymous: 401,
  citizenA: 403,
  citizenB: 403,
  staffX: 'ok',
  staffY: 'ok',
  admin: 'ok',
};
const birth = () => ({ code: '1.001193' });
const offering = (f: Fixture) => ({ code: '1.001193', agencyId: f.agencyX });
const deathV2 = () => ({ code: '1.000656', version: '2' });

const dossierParam = (f: Fixture) => ({ id: f.dossierA.id });
/** The applicant and the officials of X's agency (view) may see it; nobody else learns it exists. */
const dossierViewers: Expect = {
  anonymous: 401,
  citizenA: 'ok',
  citizenB: 404,
  staffX: 'ok',
  staffY: 404,
  admin: 'ok',
};

// Pickup: the applicant of dossier A; staff actions on an id that does not exist (404 once in scope).
const UNKNOWN_ID = '00000000-0000-4000-8000-0000000000d1';
const unknownId = () => ({ id: UNKNOWN_ID });
const pickupApplicant: Expect = {
  anonymous: 401,
  citizenA: 'ok',
  citizenB: 404,
  staffX: 403,
  staffY: 403,
  admin: 403,
};
const pickupStaffUnknown: Expect = {
  anonymous: 401,
  citizenA: 403,
  citizenB: 403,
  staffX: 404,
  staffY: 404,
  admin: 404,
};

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
  'GET /api/v1/procedures': { expect: all('ok'), query: () => ({ q: 'khai sinh' }) },
  'GET /api/v1/procedures/{code}': { expect: all('ok'), params: birth },
  'GET /api/v1/procedures/{code}/versions': { expect: all('ok'), params: birth },
  'GET /api/v1/procedures/{code}/versions/{version}/validator.js': {
    expect: all('ok'),
    params: () => ({ code: '1.001193', version: '1' }),
  },
  'POST /api/v1/procedures/{code}/eform/validate': {
    expect: all('ok'),
    params: birth,
    body: () => ({ data: {} }),
  },
  'GET /api/v1/procedure-fields': { expect: all('ok') },
  'GET /api/v1/procedure-agencies': { expect: all('ok') },
  'POST /api/v1/procedures': {
    expect: catalogueEditor,
    body: (f) => ({
      code: `9.${f.unique().padStart(6, '0').slice(-6)}`,
      name: 'Thủ tục thử nghiệm',
      nameEn: null,
      fieldCode: 'ho-tich',
      levels: ['commune'],
      onlineServiceLevel: null,
      firstVersion: versionInput(),
    }),
  },
  'PATCH /api/v1/procedures/{code}': {
    expect: catalogueEditor,
    params: birth,
    body: () => ({ onlineServiceLevel: 'full' }),
  },
  'POST /api/v1/procedures/{code}/versions': {
    expect: catalogueEditor,
    params: () => ({ code: '1.000656' }),
    body: () => versionInput(),
  },
  'PUT /api/v1/procedures/{code}/versions/{version}': {
    expect: catalogueEditor,
    params: deathV2,
    body: () => versionInput({ timeNote: 'Sửa trước khi có hiệu lực.' }),
  },
  'DELETE /api/v1/procedures/{code}/versions/{version}': { expect: catalogueEditor, params: deathV2 },
  'PUT /api/v1/procedures/{code}/agencies/{agencyId}': { expect: agencyAdminOfX, params: offering },
  'DELETE /api/v1/procedures/{code}/agencies/{agencyId}': { expect: agencyAdminOfX, params: offering },
  'POST /api/v1/catalog/eform-preview': {
    expect: anyAgencyAdmin,
    body: () => ({ eform: smallEform(), data: { fullName: 'Nguyễn Văn An', wantsCopy: false } }),
  },
  'GET /api/v1/catalog/export': { expect: anyAgencyAdmin, query: () => ({ format: 'json' }) },
  'POST /api/v1/catalog/import': {
    expect: catalogueEditor,
    body: () => ({ format: 'cuaso.catalog', formatVersion: 1, fields: [], procedures: [] }),
  },
  'PUT /api/v1/procedure-fields/{code}': {
    expect: catalogueEditor,
    params: () => ({ code: 'ho-tich' }),
    body: () => ({ name: 'Hộ tịch' }),
  },
  // Signing: public PKI services and verification; back office for certificates, images, queue.
  'GET /api/v1/pki/crl': { expect: all('ok') },
  'GET /api/v1/pki/certificates/{which}': { expect: all('ok'), params: () => ({ which: 'root' }) },
  'POST /api/v1/pki/ocsp': { expect: all(400) },
  'POST /api/v1/pki/tsa': { expect: all(400) },
  'POST /api/v1/verify': { expect: all(400) },
  'GET /api/v1/documents/{id}/verification': {
    expect: all(404),
    params: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
    query: () => ({ hash: '0'.repeat(64) }),
  },
  'GET /api/v1/documents/{id}/file': {
    expect: all(404),
    params: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
    query: () => ({ hash: '0'.repeat(64) }),
  },
  'GET /api/v1/signing/certificates': {
    expect: { anonymous: 401, citizenA: 403, citizenB: 403, staffX: 'ok', staffY: 'ok', admin: 'ok' },
  },
  'GET /api/v1/agencies/{id}/signing-certificates': { expect: agencyAdminOfX, params: agencyParam },
  'POST /api/v1/signing/certificates/demo': {
    expect: agencyAdminOfX,
    body: (f) => ({ kind: 'seal', agencyId: f.agencyX, keySpec: 'ECDSA-P256' }),
  },
  // Multipart without a file: the agency is named inside the upload, so staff get 400 before scope.
  'POST /api/v1/signing/certificates/import': {
    expect: { anonymous: 401, citizenA: 403, citizenB: 403, staffX: 400, staffY: 400, admin: 400 },
  },
  'POST /api/v1/signing/certificates/{id}/revoke': {
    expect: { anonymous: 401, citizenA: 403, citizenB: 403, staffX: 404, staffY: 404, admin: 404 },
    params: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
    body: () => ({ reason: 'keyCompromise' }),
  },
  'PUT /api/v1/signing/signature-image': {
    expect: { anonymous: 401, citizenA: 403, citizenB: 403, staffX: 400, staffY: 400, admin: 400 },
  },
  'PUT /api/v1/agencies/{id}/seal-image': {
    expect: { anonymous: 401, citizenA: 403, citizenB: 403, staffX: 400, staffY: 404, admin: 400 },
    params: agencyParam,
  },
  // No one has uploaded a signature image: the officials in scope get 404, citizens 403.
  'GET /api/v1/signing/signature-image': {
    expect: { anonymous: 401, citizenA: 403, citizenB: 403, staffX: 404, staffY: 404, admin: 404 },
  },
  // The demo seal certificate issued above came with a generated seal image.
  'GET /api/v1/agencies/{id}/seal-image': {
    expect: { anonymous: 401, citizenA: 403, citizenB: 403, staffX: 'ok', staffY: 404, admin: 'ok' },
    params: agencyParam,
  },
  'GET /api/v1/signing/queue': {
    expect: { anonymous: 401, citizenA: 403, citizenB: 403, staffX: 403, staffY: 403, admin: 'ok' },
  },
  'POST /api/v1/signing/queue/sign': {
    expect: { anonymous: 401, citizenA: 403, citizenB: 403, staffX: 403, staffY: 403, admin: 'ok' },
    body: () => ({ documentIds: ['00000000-0000-4000-8000-000000000000'] }),
  },
  'POST /api/v1/documents': {
    expect: { anonymous: 401, citizenA: 403, citizenB: 403, staffX: 400, staffY: 400, admin: 400 },
  },
  'POST /api/v1/documents/{id}/sign': {
    expect: { anonymous: 401, citizenA: 403, citizenB: 403, staffX: 404, staffY: 404, admin: 404 },
    params: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
  },
  'POST /api/v1/documents/{id}/revoke': {
    expect: { anonymous: 401, citizenA: 403, citizenB: 403, staffX: 404, staffY: 404, admin: 404 },
    params: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
    body: () => ({ reason: 'Ban hành nhầm' }),
  },
  'GET /api/v1/signing/rate': { expect: agencyAdminOfX, query: (f) => ({ agencyId: f.agencyX }) },
  'POST /api/v1/agencies/{id}/certified-copies': {
    expect: { anonymous: 401, citizenA: 403, citizenB: 403, staffX: 400, staffY: 400, admin: 400 },
    params: agencyParam,
  },
  'GET /api/v1/agencies/{id}/certification-book': { expect: agencyAdminOfX, params: agencyParam },
  'GET /api/v1/signing/trusted-roots': { expect: all('ok') },
  'POST /api/v1/signing/trusted-roots': {
    expect: { anonymous: 401, citizenA: 403, citizenB: 403, staffX: 403, staffY: 403, admin: 400 },
  },
  'DELETE /api/v1/signing/trusted-roots/{fingerprint}': {
    expect: { anonymous: 401, citizenA: 403, citizenB: 403, staffX: 403, staffY: 403, admin: 404 },
    params: () => ({ fingerprint: 'a'.repeat(64) }),
  },
  // Dossiers. Agency admins (X, Y) and the system admin hold no one-stop role: they may look, not act.
  'POST /api/v1/uploads': {
    expect: { anonymous: 401, citizenA: 415, citizenB: 415, staffX: 415, staffY: 415, admin: 415 },
  },
  'POST /api/v1/dossiers': {
    expect: { anonymous: 401, citizenA: 400, citizenB: 400, staffX: 403, staffY: 403, admin: 403 },
    headers: (f) => ({ 'idempotency-key': `matrix-${f.unique()}-key` }),
    body: (f) => ({ procedureCode: '1.001193', agencyId: f.agencyX, formData: {}, attachments: [] }),
  },
  'POST /api/v1/desk/dossiers': {
    expect: { anonymous: 401, citizenA: 403, citizenB: 403, staffX: 404, staffY: 404, admin: 404 },
    headers: (f) => ({ 'idempotency-key': `matrix-${f.unique()}-desk` }),
    body: (f) => ({ procedureCode: '1.001193', agencyId: f.agencyX, formData: {}, attachments: [] }),
  },
  'GET /api/v1/me/dossiers': { expect: citizensOnly },
  'GET /api/v1/dossiers/{id}': { expect: dossierViewers, params: dossierParam },
  'POST /api/v1/dossiers/{id}/actions/{action}': {
    expect: { anonymous: 401, citizenA: 409, citizenB: 404, staffX: 403, staffY: 404, admin: 403 },
    params: (f) => ({ id: f.dossierA.id, action: 'sign' }),
    body: () => ({}),
  },
  'GET /api/v1/dossiers/{id}/assignees': {
    expect: { anonymous: 401, citizenA: 403, citizenB: 404, staffX: 403, staffY: 404, admin: 403 },
    params: dossierParam,
  },
  'POST /api/v1/dossiers/{id}/claim': {
    expect: { anonymous: 401, citizenA: 403, citizenB: 404, staffX: 403, staffY: 404, admin: 403 },
    params: dossierParam,
  },
  'POST /api/v1/dossiers/{id}/release': {
    expect: { anonymous: 401, citizenA: 403, citizenB: 404, staffX: 403, staffY: 404, admin: 403 },
    params: dossierParam,
  },
  'GET /api/v1/dossiers/{id}/documents/{fileId}': {
    expect: dossierViewers,
    params: (f) => ({ id: f.dossierA.id, fileId: f.dossierA.documentId }),
  },
  'GET /api/v1/dossiers/{id}/attachments/{fileId}': {
    expect: dossierViewers,
    params: (f) => ({ id: f.dossierA.id, fileId: f.dossierA.attachmentId }),
  },
  'GET /api/v1/dossiers/{id}/control-slip': { expect: dossierViewers, params: dossierParam },
  'GET /api/v1/dossiers/{id}/fees': { expect: dossierViewers, params: dossierParam },
  'POST /api/v1/dossiers/{id}/payments': {
    expect: { anonymous: 401, citizenA: 'ok', citizenB: 404, staffX: 403, staffY: 404, admin: 403 },
    params: dossierParam,
    body: () => ({}),
  },
  // Only the desk's receiver (or a system admin) takes cash; 1 đồng is not what the dossier owes, so
  // an allowed caller is refused with 409 and nothing is recorded.
  'POST /api/v1/dossiers/{id}/payments/cash': {
    expect: { anonymous: 401, citizenA: 403, citizenB: 403, staffX: 403, staffY: 404, admin: 409 },
    params: dossierParam,
    body: () => ({ amount: 1 }),
  },
  // The desk refunds; the order id names no paid order of the dossier, so an allowed caller gets 404.
  'POST /api/v1/dossiers/{id}/refunds': {
    expect: { anonymous: 401, citizenA: 403, citizenB: 403, staffX: 403, staffY: 404, admin: 404 },
    params: dossierParam,
    body: () => ({ orderId: '00000000-0000-4000-8000-000000000000', amount: 1000, reason: 'Nộp thừa phí.' }),
  },
  'GET /api/v1/agencies/{id}/fee-ledger': { expect: agencyAdminOfX, params: agencyParam },
  'GET /api/v1/agencies/{id}/fee-ledger/export': { expect: agencyAdminOfX, params: agencyParam },
  // The gateway's callbacks carry no session: the IPN always answers 200 with its own code (97 here).
  'GET /api/v1/payments/vnpay/ipn': { expect: all('ok') },
  'GET /api/v1/payments/vnpay/return': { expect: all(400) },
  'GET /api/v1/payments/{id}/receipt': {
    expect: { anonymous: 401, citizenA: 404, citizenB: 404, staffX: 404, staffY: 404, admin: 404 },
    params: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
  },
  'GET /api/v1/tracking/{code}': {
    expect: all('ok'),
    params: (f) => ({ code: f.dossierA.code }),
    query: () => ({ phone: '0001' }),
  },
  'GET /api/v1/dossier-states': { expect: all('ok') },
  'GET /api/v1/inbox': {
    expect: { anonymous: 401, citizenA: 403, citizenB: 403, staffX: 'ok', staffY: 'ok', admin: 'ok' },
  },
  'GET /api/v1/me/documents': {
    expect: { anonymous: 401, citizenA: 'ok', citizenB: 'ok', staffX: 403, staffY: 403, admin: 403 },
  },
  'GET /api/v1/me/documents/{id}/file': {
    expect: { anonymous: 401, citizenA: 404, citizenB: 404, staffX: 404, staffY: 404, admin: 404 },
    params: unknownId,
  },
  'GET /api/v1/me/notices': { expect: signedIn },
  'GET /api/v1/me/drafts': { expect: citizensOnly },
  'GET /api/v1/procedures/{code}/step-budgets': { expect: all('ok'), params: birth },
  'PUT /api/v1/procedures/{code}/step-budgets': {
    expect: catalogueEditor,
    params: birth,
    body: () => ({ budgets: {}, legalBasis: 'Quy trình nội bộ mặc định' }),
  },
  'GET /api/v1/me/drafts/{code}': {
    expect: { anonymous: 401, citizenA: 404, citizenB: 404, staffX: 403, staffY: 403, admin: 403 },
    params: birth,
  },
  'PUT /api/v1/me/drafts/{code}': {
    expect: { anonymous: 401, citizenA: 'ok', citizenB: 'ok', staffX: 403, staffY: 403, admin: 403 },
    params: () => ({ code: '1.000656' }),
    body: () => ({ agencyId: null, formData: { note: 'nháp' }, attachments: [] }),
  },
  'DELETE /api/v1/me/drafts/{code}': {
    expect: { anonymous: 401, citizenA: 'ok', citizenB: 'ok', staffX: 403, staffY: 403, admin: 403 },
    params: () => ({ code: '1.000656' }),
  },
  'GET /api/v1/agencies/{id}/dossier-statistics': {
    expect: { anonymous: 401, citizenA: 403, citizenB: 403, staffX: 'ok', staffY: 404, admin: 'ok' },
    params: agencyParam,
  },
  'GET /api/v1/agencies/{id}/dossier-book': {
    expect: { anonymous: 401, citizenA: 403, citizenB: 403, staffX: 'ok', staffY: 404, admin: 'ok' },
    params: agencyParam,
  },
  // Feedback. Only the applicant rates (dossier A has no result yet: 409); officials who see the
  // dossier are refused with 403, everybody else learns nothing (404). No complaint exists in this
  // fixture, so a complaint id answers 404 to every signed-in caller.
  'GET /api/v1/feedback/scale': { expect: all('ok') },
  'GET /api/v1/dossiers/{id}/ratings': { expect: dossierViewers, params: dossierParam },
  'POST /api/v1/dossiers/{id}/ratings': {
    expect: { anonymous: 401, citizenA: 409, citizenB: 404, staffX: 403, staffY: 404, admin: 403 },
    params: dossierParam,
    body: () => ({ contact: 'result', level: 'satisfied' }),
  },
  'POST /api/v1/me/complaints': {
    expect: { anonymous: 401, citizenA: 'ok', citizenB: 'ok', staffX: 403, staffY: 403, admin: 403 },
    body: (f) => ({
      agencyId: f.agencyX,
      kind: 'suggestion',
      category: 'other',
      title: 'Ma trận phân quyền',
      content: 'Kiến nghị thử của ma trận phân quyền.',
    }),
  },
  'GET /api/v1/me/complaints': { expect: citizensOnly },
  'GET /api/v1/complaints': {
    expect: { anonymous: 401, citizenA: 403, citizenB: 403, staffX: 'ok', staffY: 'ok', admin: 'ok' },
  },
  'GET /api/v1/complaints/{id}': {
    expect: { anonymous: 401, citizenA: 404, citizenB: 404, staffX: 404, staffY: 404, admin: 404 },
    params: () => ({ id: '00000000-0000-4000-8000-0000000000c1' }),
  },
  'POST /api/v1/complaints/{id}/actions/{action}': {
    expect: { anonymous: 401, citizenA: 404, citizenB: 404, staffX: 404, staffY: 404, admin: 404 },
    params: () => ({ id: '00000000-0000-4000-8000-0000000000c1', action: 'accept' }),
    body: () => ({}),
  },
  'GET /api/v1/agencies/{id}/feedback-statistics': {
    expect: { anonymous: 401, citizenA: 403, citizenB: 403, staffX: 'ok', staffY: 404, admin: 'ok' },
    params: agencyParam,
  },
  // Pickup. X's agency has no desk until the settings PUT below sets one up (entries run in this order).
  'GET /api/v1/pickup/desks': { expect: all('ok') },
  'GET /api/v1/pickup/desks/{agencyId}/settings': {
    expect: agencyAdminOfX,
    params: (f) => ({ agencyId: f.agencyX }),
  },
  'PUT /api/v1/pickup/desks/{agencyId}/settings': {
    expect: agencyAdminOfX,
    params: (f) => ({ agencyId: f.agencyX }),
    body: () => ({
      slotMinutes: 30,
      slotCapacity: 5,
      horizonDays: 20,
      hours: [],
      services: [],
      counters: [],
    }),
  },
  'GET /api/v1/pickup/desks/{agencyId}/bookings': {
    expect: agencyAdminOfX,
    params: (f) => ({ agencyId: f.agencyX }),
    query: () => ({ date: '2026-12-01' }),
  },
  'POST /api/v1/pickup/bookings/{id}/serve': {
    expect: pickupStaffUnknown,
    params: unknownId,
    body: () => ({ counterId: UNKNOWN_ID }),
  },
  'GET /api/v1/dossiers/{id}/pickup': { expect: pickupApplicant, params: dossierParam },
  'GET /api/v1/dossiers/{id}/pickup/slots': { expect: pickupApplicant, params: dossierParam },
  'POST /api/v1/pickup/bookings': {
    // Citizen A's slot is in the past: refused as bad input.
    expect: { ...pickupApplicant, citizenA: 400 },
    body: (f) => ({ dossierId: f.dossierA.id, startsAt: '2026-01-05T01:00:00.000Z' }),
  },
  'GET /api/v1/me/pickup-bookings': { expect: citizensOnly },
  'POST /api/v1/pickup/bookings/{id}/move': {
    expect: { ...pickupApplicant, citizenA: 404 },
    params: unknownId,
    body: () => ({ startsAt: '2026-12-01T01:00:00.000Z' }),
  },
  'POST /api/v1/pickup/bookings/{id}/cancel': {
    expect: { ...pickupApplicant, citizenA: 404 },
    params: unknownId,
  },
  'GET /api/v1/pickup/desks/{agencyId}/kiosk': {
    expect: all('ok'),
    params: (f) => ({ agencyId: f.agencyX }),
  },
  // X's desk offers no service yet: a number for service A is bad input, for everyone.
  'POST /api/v1/pickup/desks/{agencyId}/tickets': {
    expect: all(400),
    params: (f) => ({ agencyId: f.agencyX }),
    body: () => ({ letter: 'A' }),
  },
  'GET /api/v1/pickup/desks/{agencyId}/display': {
    expect: all('ok'),
    params: (f) => ({ agencyId: f.agencyX }),
  },
  // The live stream is read over a real connection in test/integration/pickup; here only its refusal.
  'GET /api/v1/pickup/desks/{agencyId}/display/events': {
    expect: all(404),
    params: () => ({ agencyId: UNKNOWN_ID }),
  },
  'GET /api/v1/pickup/counters/{counterId}': {
    expect: pickupStaffUnknown,
    params: () => ({ counterId: UNKNOWN_ID }),
  },
  'POST /api/v1/pickup/counters/{counterId}/call-next': {
    expect: pickupStaffUnknown,
    params: () => ({ counterId: UNKNOWN_ID }),
  },
  'POST /api/v1/pickup/tickets/{id}/{action}': {
    expect: pickupStaffUnknown,
    params: () => ({ id: UNKNOWN_ID, action: 'serve' }),
  },
  'GET /api/v1/dossiers/{id}/pickup/postal-fee': {
    expect: pickupApplicant,
    params: dossierParam,
    query: () => ({ unitCode: '14758' }),
  },
  'POST /api/v1/pickup/postal': {
    expect: { ...pickupApplicant, citizenA: 400 },
    body: (f) => ({
      dossierId: f.dossierA.id,
      recipientName: 'Nguyễn Văn An',
      phone: '0912345678',
      addressLine: 'Số 1 phố Hàm Rồng',
      unitCode: '99999',
    }),
  },
  'GET /api/v1/pickup/desks/{agencyId}/postal': {
    expect: agencyAdminOfX,
    params: (f) => ({ agencyId: f.agencyX }),
  },
  'POST /api/v1/pickup/postal/{id}/dispatch': {
    expect: pickupStaffUnknown,
    params: unknownId,
    body: () => ({ trackingNumber: 'EB123456789VN' }),
  },
  'POST /api/v1/pickup/postal/{id}/deliver': { expect: pickupStaffUnknown, params: unknownId },
};
