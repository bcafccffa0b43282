import { Readable } from 'node:stream';
import type { DossierAction } from '../../../../contracts/dossier-workflow';
import type { Actor } from '../../../platform/auth';
import { createPdfDocument } from '../../../platform/pdf';
import type { Platform } from '../../../platform/platform';
import { getVersionInForce } from '../../catalog';
import { actorForAccount, findAgencyWithOrgId } from '../../identity';
import { dossierDeps } from '../plugin';
import { insertUpload } from '../repo/files.repo';
import { actOnDossier } from '../services/act-on-dossier';
import { isDeclaration, submitDossier } from '../services/submit-dossier';
import { birthRegistrationForm } from './sample-forms';

/** A one-page stand-in for a scanned paper, clearly marked as demo material. */
async function demoScan(title: string): Promise<Buffer> {
  const doc = await createPdfDocument({ title, lang: 'vi', fontFamily: 'sans' });
  doc.text(title, { size: 16, bold: true, align: 'center', spaceAfter: 6 });
  doc.text('Bản scan minh họa cho dữ liệu thử nghiệm — không có giá trị pháp lý.', {
    italic: true,
    align: 'center',
  });
  return Buffer.from(await doc.save());
}

type Step = { action: DossierAction; by: string; input?: Record<string, unknown> };

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
  const version = await getVersionInForce(platform.db, '1.001193', new Date());
  const staff = new Map<string, Actor>();
  const as = async (login: string) => {
    if (!staff.has(login)) staff.set(login, (await actorForAccount(platform.db, login))!);
    return staff.get(login)!;
  };
  const specialist = await as('chuyenvien.hamrong');
  // One journey, each demo dossier stopped at a different step of it (so every inbox has work).
  const journey: Step[] = [
    { action: 'accept', by: 'motcua.hamrong' },
    {
      action: 'assign',
      by: 'motcua.hamrong',
      input: { assigneeId: specialist.kind === 'staff' ? specialist.accountId : undefined },
    },
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
  const papers = version.documents.flatMap((p, i) =>
    p.requirement === 'mandatory' && p.submission === 'submit' && !isDeclaration(p.name)
      ? [{ index: i, name: p.name }]
      : [],
  );
  for (const [n, story] of stories.entries()) {
    const attachments = [];
    for (const paper of papers) {
      const content = await demoScan(paper.name.slice(0, 80));
      const stored = await platform.blobs.put(Readable.from([content]));
      const row = await insertUpload(platform.db, {
        owner_account_id: citizen.accountId,
        sha256: stored.sha256,
        media_type: 'application/pdf',
        size: stored.size,
        filename: 'giay-chung-sinh.pdf',
      });
      attachments.push({ paper: paper.index, uploadId: row.id });
    }
    const { dossier } = await submitDossier(
      {
        actor: citizen,
        procedureCode: '1.001193',
        agencyId: agency.id,
        formData: birthRegistrationForm({ childName: story.child }),
        attachments,
        idempotencyKey: `demo-birth-${n}-seed`,
        requestId: 'demo-seed',
      },
      deps,
    );
    for (const step of story.steps)
      await actOnDossier(
        {
          actor: await as(step.by),
          dossierId: dossier.id,
          action: step.action,
          input: step.input ?? {},
          requestId: 'demo-seed',
        },
        deps,
      );
  }
  platform.logger.info({ dossiers: stories.length }, 'dossier demo data created');
}
