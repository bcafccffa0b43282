import type { Platform } from '../../../platform/platform';
import { actorForAccount, findAgencyWithOrgId } from '../../identity';
import type { DossierDeps } from '../deps';
import { type demoStaff, fileDemoDossier, type Step, specialistOf } from './demo-support';
import {
  deathRegistrationForm,
  householdBusinessForm,
  maritalStatusForm,
  marriageRegistrationForm,
} from './sample-forms';

/** The demo citizen 0900000003 as the forms name him (identity demo data). */
const CUONG = {
  fullName: 'Trần Văn Cường',
  personalId: '038085067890',
  dateOfBirth: '1985-11-02',
  sex: 'male',
  ethnicity: 'Kinh',
  nationality: 'Việt Nam',
  residence: '45 Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa',
};
const HUONG = {
  fullName: 'Phạm Thị Hương',
  personalId: '038190003456',
  dateOfBirth: '1990-04-12',
  nationality: 'Việt Nam',
};

/** The steps of the standard journey up to (and including) `last`, for a commune's demo officials. */
async function journey(as: ReturnType<typeof demoStaff>, slug: string, last: number): Promise<Step[]> {
  const steps: Step[] = [
    { action: 'accept', by: `motcua.${slug}` },
    { action: 'assign', by: `motcua.${slug}`, input: await specialistOf(as, `chuyenvien.${slug}`) },
    { action: 'propose', by: `chuyenvien.${slug}` },
    { action: 'approve', by: `lanhdao.${slug}` },
    { action: 'sign', by: `lanhdao.${slug}` },
  ];
  return steps.slice(0, last);
}

/**
 * Demo dossiers of the other procedures with a result template, in the other two communes, so that
 * their officials have work too and the demo shows those papers: the demo citizen 0900000003 (Trần Văn
 * Cường of Hạc Thành) asks for a marital status certificate, registers his household business and the
 * certified copies of his degree in Hạc Thành; in Quảng Phú, where his fiancée lives, he registers the
 * marriage, his father's death and asks for a copy of a civil-status extract.
 */
export async function seedCommunesDemo(
  platform: Platform,
  deps: DossierDeps,
  as: ReturnType<typeof demoStaff>,
): Promise<number> {
  const citizen = await actorForAccount(platform.db, '0900000003');
  const hacThanh = await findAgencyWithOrgId(platform.db, '000.32.21.H56');
  const quangPhu = await findAgencyWithOrgId(platform.db, '000.33.21.H56');
  if (citizen?.kind !== 'citizen' || !hacThanh || !quangPhu) return 0;
  const toHacThanh = 'Ủy ban nhân dân phường Hạc Thành';
  const toQuangPhu = 'Ủy ban nhân dân phường Quảng Phú';
  const stories: { agencyId: string; code: string; form: Record<string, unknown>; steps: Step[] }[] = [
    {
      agencyId: hacThanh.id,
      code: '1.004873',
      form: {
        ...maritalStatusForm(),
        submittedTo: toHacThanh,
        applicant: CUONG,
        intendedSpouse: { ...HUONG, marriagePlace: toQuangPhu },
        madeAt: 'Hạc Thành',
      },
      // Signed: the receiver hands it over; the certificate is in the citizen's store.
      steps: await journey(as, 'hacthanh', 5),
    },
    {
      agencyId: hacThanh.id,
      code: '1.001612',
      form: {
        ...householdBusinessForm(),
        submittedTo: toHacThanh,
        owner: { ...CUONG, phone: '0900000003' },
        business: {
          name: 'Cửa hàng điện máy Cường Thịnh',
          address: '47 Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa',
        },
        businessLines: [
          { code: '4742', description: 'Bán lẻ thiết bị nghe nhìn trong các cửa hàng chuyên doanh' },
        ],
        capital: 300_000_000,
        employees: 2,
        foundedByFamily: false,
        members: undefined,
        madeAt: 'Hạc Thành',
      },
      steps: await journey(as, 'hacthanh', 2),
    },
    {
      agencyId: hacThanh.id,
      code: '2.000815',
      form: {
        declarant: {
          fullName: CUONG.fullName,
          personalId: CUONG.personalId,
          residence: CUONG.residence,
          phone: '0900000003',
        },
        documents: [
          { title: 'Bằng tốt nghiệp đại học', issuer: 'Trường Đại học Hồng Đức', pages: 1, copies: 3 },
        ],
        foreignIssued: false,
        delivery: 'in_person',
        madeAt: 'Hạc Thành',
        commitment: true,
      },
      steps: await journey(as, 'hacthanh', 4),
    },
    {
      agencyId: quangPhu.id,
      code: '1.000894',
      form: {
        ...marriageRegistrationForm(),
        submittedTo: toQuangPhu,
        bride: {
          ...HUONG,
          ethnicity: 'Kinh',
          residence: 'Số 20, đường Nguyễn Trãi, phường Quảng Phú, tỉnh Thanh Hóa',
          marriageCount: 1,
        },
        groom: { ...CUONG, sex: undefined, marriageCount: 1 },
        madeAt: 'Quảng Phú',
      },
      steps: await journey(as, 'quangphu', 3),
    },
    {
      agencyId: quangPhu.id,
      code: '1.000656',
      form: {
        ...deathRegistrationForm(),
        submittedTo: toQuangPhu,
        declarant: {
          fullName: CUONG.fullName,
          personalId: CUONG.personalId,
          residence: CUONG.residence,
          phone: '0900000003',
          relationship: 'con',
        },
        deceased: {
          ...deathRegistrationForm().deceased,
          fullName: 'Trần Văn Hải',
          personalId: '038055001234',
          dateOfBirth: '1955-06-01',
          lastResidence: 'Số 3, đường Quang Trung, phường Quảng Phú, tỉnh Thanh Hóa',
        },
        madeAt: 'Quảng Phú',
      },
      steps: await journey(as, 'quangphu', 2),
    },
    {
      agencyId: quangPhu.id,
      code: '2.000635',
      form: {
        applicant: {
          fullName: CUONG.fullName,
          personalId: CUONG.personalId,
          phone: '0900000003',
          email: 'tran.van.cuong@example.vn',
          residence: CUONG.residence,
        },
        request: 'Cấp 02 bản sao trích lục khai tử của ông Trần Văn Hải để giải quyết thủ tục thừa kế.',
        commitment: true,
      },
      steps: [],
    },
  ];
  for (const [n, story] of stories.entries())
    await fileDemoDossier(platform, deps, {
      citizen,
      agencyId: story.agencyId,
      procedureCode: story.code,
      // Through JSON: a field set to undefined above (not in that form) is left out.
      formData: JSON.parse(JSON.stringify(story.form)),
      idempotencyKey: `demo-commune-${n}-seed`,
      steps: story.steps,
      as,
    });
  return stories.length;
}
