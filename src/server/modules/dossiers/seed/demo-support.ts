import { Readable } from 'node:stream';
import type { DossierAction } from '../../../../contracts/dossier-workflow';
import type { Actor } from '../../../platform/auth';
import { createPdfDocument } from '../../../platform/pdf';
import type { Platform } from '../../../platform/platform';
import { getVersionInForce } from '../../catalog';
import { actorForAccount } from '../../identity';
import type { DossierDeps } from '../deps';
import { insertUpload } from '../repo/files.repo';
import { actOnDossier } from '../services/act-on-dossier';
import { isDeclaration, submitDossier } from '../services/submit-dossier';

/** A one-page stand-in for a scanned paper, clearly marked as demo material. */
export async function demoScan(title: string): Promise<Buffer> {
  const doc = await createPdfDocument({ title, lang: 'vi', fontFamily: 'sans' });
  doc.text(title, { size: 16, bold: true, align: 'center', spaceAfter: 6 });
  doc.text('Bản scan minh họa cho dữ liệu thử nghiệm — không có giá trị pháp lý.', {
    italic: true,
    align: 'center',
  });
  return Buffer.from(await doc.save());
}

export type Step = { action: DossierAction; by: string; input?: Record<string, unknown> };

/** Demo officials by login, looked up once. */
export function demoStaff(platform: Platform) {
  const staff = new Map<string, Actor>();
  return async (login: string) => {
    if (!staff.has(login)) staff.set(login, (await actorForAccount(platform.db, login))!);
    return staff.get(login)!;
  };
}

/** The assignee input of `assign`: the demo specialist of a commune. */
export async function specialistOf(as: ReturnType<typeof demoStaff>, login: string) {
  const s = await as(login);
  return { assigneeId: s.kind === 'staff' ? s.accountId : undefined };
}

/**
 * One demo dossier: the applicant's scans of every mandatory paper (uploaded as they would be), the
 * submission with its form, then the officials' steps in order, all through the use-cases themselves.
 */
export async function fileDemoDossier(
  platform: Platform,
  deps: DossierDeps,
  story: {
    citizen: Actor & { kind: 'citizen' };
    agencyId: string;
    procedureCode: string;
    formData: Record<string, unknown>;
    idempotencyKey: string;
    steps: Step[];
    as: ReturnType<typeof demoStaff>;
    filename?: string;
  },
) {
  const version = await getVersionInForce(platform.db, story.procedureCode, new Date());
  const attachments = [];
  for (const [index, paper] of version.documents.entries()) {
    if (paper.requirement !== 'mandatory' || paper.submission !== 'submit' || isDeclaration(paper.name))
      continue;
    const stored = await platform.blobs.put(Readable.from([await demoScan(paper.name.slice(0, 80))]));
    const row = await insertUpload(platform.db, {
      owner_account_id: story.citizen.accountId,
      sha256: stored.sha256,
      media_type: 'application/pdf',
      size: stored.size,
      filename: story.filename ?? 'ban-scan.pdf',
    });
    attachments.push({ paper: index, uploadId: row.id });
  }
  const { dossier } = await submitDossier(
    {
      actor: story.citizen,
      procedureCode: story.procedureCode,
      agencyId: story.agencyId,
      formData: story.formData,
      attachments,
      idempotencyKey: story.idempotencyKey,
      requestId: 'demo-seed',
    },
    deps,
  );
  for (const step of story.steps)
    await actOnDossier(
      {
        actor: await story.as(step.by),
        dossierId: dossier.id,
        action: step.action,
        input: step.input ?? {},
        requestId: 'demo-seed',
      },
      deps,
    );
  return dossier;
}
