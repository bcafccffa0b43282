import type { Platform } from '../../../platform/platform';
import { actorForAccount, findAgencyWithOrgId } from '../../identity';
import { dossierDeps } from '../plugin';
import { seedCommunesDemo } from './demo-communes';
import { demoStaff, fileDemoDossier, type Step, specialistOf } from './demo-support';
import { birthRegistrationForm } from './sample-forms';

/**
 * Demo dossiers for the demo citizen in several states, so every demo official has work in the
 * inbox: new, received, in processing, supplement requested, fees requested, awaiting approval,
 * awaiting signature.
 */
export async function seedDossiersDemo(platform: Platform): Promise<void> {
  const deps = dossierDeps(platform);
  const existing = await platform.db.selectFrom('dossiers').select('id').limit(1).executeTakeFirst();
  if (existing) return;
  const citizen = await actorForAccount(platform.db, '0900000001');
  const agency = await findAgencyWithOrgId(platform.db, '000.31.21.H56');
  if (citizen?.kind !== 'citizen' || !agency) return;
  const as = demoStaff(platform);
  // One journey, each demo dossier stopped at a different step of it (so every inbox has work).
  const journey: Step[] = [
    { action: 'accept', by: 'motcua.hamrong' },
    { action: 'assign', by: 'motcua.hamrong', input: await specialistOf(as, 'chuyenvien.hamrong') },
    { action: 'propose', by: 'chuyenvien.hamrong' },
    { action: 'approve', by: 'lanhdao.hamrong' },
    { action: 'sign', by: 'lanhdao.hamrong' },
    { action: 'return_result', by: 'motcua.hamrong' },
  ];
  const supplement: Step = {
    action: 'request_supplement',
    by: 'chuyenvien.hamrong',
    input: {
      note: 'Giấy chứng sinh bị mờ, không đọc được họ tên mẹ.',
      items: ['Giấy chứng sinh (bản scan rõ nét)'],
    },
  };
  // The agency asks for the fee of the two copies requested: the citizen may pay online, or the
  // desk may take it in cash.
  const feeRequest: Step = {
    action: 'request_fee',
    by: 'chuyenvien.hamrong',
    input: { note: 'Đề nghị nộp phí cấp 2 bản sao trích lục khai sinh (8.000 đồng/bản).' },
  };
  const stories: { child: string; steps: Step[] }[] = [
    { child: 'Nguyễn Minh Khang', steps: [] },
    { child: 'Nguyễn Thảo Vy', steps: journey.slice(0, 1) },
    { child: 'Nguyễn Gia Bảo', steps: journey.slice(0, 2) },
    { child: 'Nguyễn Bảo Ngọc', steps: [...journey.slice(0, 2), supplement] },
    { child: 'Nguyễn Thiên Ân', steps: [...journey.slice(0, 2), feeRequest] },
    { child: 'Nguyễn Đức Anh', steps: journey.slice(0, 3) },
    { child: 'Nguyễn Hoàng Lan', steps: journey.slice(0, 4) },
    { child: 'Nguyễn Khánh Linh', steps: journey.slice(0, 5) },
    { child: 'Nguyễn Phúc An', steps: journey },
  ];
  for (const [n, story] of stories.entries())
    await fileDemoDossier(platform, deps, {
      citizen,
      agencyId: agency.id,
      procedureCode: '1.001193',
      formData: birthRegistrationForm({ childName: story.child }),
      idempotencyKey: `demo-birth-${n}-seed`,
      steps: story.steps,
      as,
      filename: 'giay-chung-sinh.pdf',
    });
  const others = await seedCommunesDemo(platform, deps, as);
  platform.logger.info({ dossiers: stories.length + others }, 'dossier demo data created');
}
