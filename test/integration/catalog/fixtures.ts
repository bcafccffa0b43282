import type { VersionInput } from '../../../src/contracts/catalog';
import { catalogModule } from '../../../src/server/modules/catalog';
import { currentTotp } from '../../../src/server/modules/identity/lib/totp';
import { createTestApp, type TestContext } from '../../support/app';
import { as, type Session, seedDemo, signIn } from '../../support/identity';

/** A small valid e-form: an applicant's name, a date, and a field shown only when a box is ticked. */
export const smallEform = (): VersionInput['eform'] => ({
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['fullName', 'wantsCopy'],
    properties: {
      fullName: { type: 'string', minLength: 2, maxLength: 100 },
      date: { type: 'string', format: 'date' },
      wantsCopy: { type: 'boolean' },
      copies: { type: 'integer', minimum: 1, maximum: 5 },
    },
    if: { properties: { wantsCopy: { const: true } }, required: ['wantsCopy'] },
    // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword
    then: { required: ['copies'] },
  },
  ui: {
    sections: [
      {
        id: 'main',
        title: { vi: 'Thông tin', en: 'Details' },
        fields: ['fullName', 'date', 'wantsCopy', 'copies'],
      },
    ],
    fields: {
      fullName: { label: { vi: 'Họ và tên', en: 'Full name' } },
      date: { label: { vi: 'Ngày', en: 'Date' }, widget: 'date' },
      wantsCopy: { label: { vi: 'Cần bản sao', en: 'Copy wanted' }, widget: 'checkbox' },
      copies: { label: { vi: 'Số bản', en: 'Copies' }, visibleIf: { field: 'wantsCopy', equals: true } },
    },
  },
});

/** A complete, valid version; override what a test is about. */
export function versionInput(over: Partial<VersionInput> = {}): VersionInput {
  return {
    effectiveFrom: addDays(30),
    effectiveTo: null,
    decision: { number: '999/QĐ-UBND', date: null },
    applicants: ['citizen'],
    implementingAgency: 'Ủy ban nhân dân cấp xã',
    processingTime: { value: 3, unit: 'working_days' },
    afternoonCutoff: null,
    timeNote: null,
    channels: [{ channel: 'online', processingTime: null }],
    fees: [
      {
        kind: 'charge',
        name: 'Lệ phí',
        amount: 10000,
        currency: 'VND',
        basis: 'dossier',
        tiers: [],
        maxAmount: null,
        channels: [],
        exemptions: null,
        setByProvincialCouncil: false,
        note: null,
      },
    ],
    documents: [
      {
        name: 'Tờ khai theo mẫu',
        group: null,
        submission: 'submit',
        form: 'original',
        quantity: 1,
        requirement: 'mandatory',
        condition: null,
        templateFile: null,
      },
    ],
    results: [{ name: 'Giấy xác nhận', code: null }],
    legalBasis: [{ number: '123/2015/NĐ-CP', title: null }],
    steps: ['Nộp hồ sơ.', 'Nhận kết quả.'],
    conditions: null,
    workflowTemplate: 'standard',
    eform: smallEform(),
    ...over,
  };
}

/** A local (Asia/Ho_Chi_Minh) date `days` from today. */
export function addDays(days: number): string {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** The app on a fresh database with the identity demo tenant and its communes offering every procedure. */
export async function createCatalogTestApp(): Promise<TestContext> {
  const t = await createTestApp();
  await seedDemo(t.platform);
  await catalogModule.seedDemo!(t.platform);
  return t;
}

/**
 * An agency admin of the province's root committee (the catalogue owner): created by the system admin,
 * signed in, two-factor enrolled.
 */
export async function signInProvinceAdmin(
  t: TestContext,
  sysadmin: Session,
  username = 'quantri.tinh',
): Promise<Session> {
  const agencies = (await t.app.inject('/api/v1/agencies')).json().items as { id: string; orgId: string }[];
  const province = agencies.find((a) => a.orgId === '000.00.00.H56')!.id;
  const password = 'Tinh#ThanhHoa2026';
  const created = await t.app.inject({
    method: 'POST',
    url: `/api/v1/agencies/${province}/staff`,
    headers: as(sysadmin),
    payload: { username, fullName: 'Quản Trị Tỉnh', password, roles: ['agency_admin'] },
  });
  if (created.statusCode !== 201) throw new Error(`province admin: ${created.statusCode} ${created.body}`);
  const s = await signIn(t.app, username, password);
  const enrol = await t.app.inject({ method: 'POST', url: '/api/v1/auth/mfa/enrol', headers: as(s) });
  const confirm = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/mfa/enrol/confirm',
    headers: as(s),
    payload: { code: currentTotp(enrol.json().secret) },
  });
  if (confirm.statusCode !== 200)
    throw new Error(`province admin TOTP: ${confirm.statusCode} ${confirm.body}`);
  return s;
}

/** A complete birth declaration, as the portal would send it. */
export const birthData = () => ({
  submittedTo: 'Ủy ban nhân dân phường Hàm Rồng',
  declarant: {
    fullName: 'Nguyễn Văn An',
    personalId: '038090012345',
    residence: 'Số 12, ngõ 5, đường Đông Cương, phường Hàm Rồng',
    relationship: 'father',
  },
  child: {
    fullName: 'Nguyễn Minh Khang',
    sex: 'male',
    dateOfBirth: '2026-11-20',
    placeOfBirth: 'Bệnh viện Đa khoa tỉnh Thanh Hóa, phường Hạc Thành',
    ethnicity: 'Kinh',
    nationality: 'Việt Nam',
    nativePlace: 'phường Hàm Rồng, tỉnh Thanh Hóa',
  },
  mother: {
    fullName: 'Lê Thị Bình',
    yearOfBirth: 1992,
    ethnicity: 'Kinh',
    nationality: 'Việt Nam',
    residence: 'Số 12, ngõ 5, đường Đông Cương, phường Hàm Rồng',
  },
  hasFatherInfo: true,
  father: {
    fullName: 'Nguyễn Văn An',
    yearOfBirth: 1990,
    ethnicity: 'Kinh',
    nationality: 'Việt Nam',
    residence: 'Số 12, ngõ 5, đường Đông Cương, phường Hàm Rồng',
    personalId: '038090012345',
  },
  copyRequested: true,
  copyCount: 2,
  commitment: true,
});
