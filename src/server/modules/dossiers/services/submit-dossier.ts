import { createHash, randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { canonicalJson } from '../../../platform/audit';
import { type Actor, auditActor } from '../../../platform/auth';
import { AppError, type ErrorField } from '../../../platform/errors';
import { getVersionInForce, type PinnedVersion, validateFormData } from '../../catalog';
import { findAgencyById, personDetailsSql } from '../../identity';
import type { DossierDeps } from '../deps';
import { STATUS_TOPIC } from '../lib/status';
import type { AttachedFile, FileAttachmentRef } from '../repo/counters.repo';
import { findDossier } from '../repo/dossiers.repo';
import { findPersonalDocuments, findUploads } from '../repo/files.repo';
import { findKey } from '../repo/idempotency.repo';
import type { DossierAttachmentTable } from '../tables';
import { presentDossier } from './get-dossier';
import { recordSubmission } from './record-submission';
import { budgetsOf } from './step-budgets';

export type AttachmentRef = {
  paper: number;
  uploadId?: string | undefined;
  personalDocumentId?: string | undefined;
};

export type SubmitInput = {
  actor: Actor;
  procedureCode: string;
  agencyId: string;
  formData: Record<string, unknown>;
  attachments: AttachmentRef[];
  idempotencyKey: string;
  requestId: string;
};

/**
 * A citizen's online submission: the form checked against the e-form of the version in force,
 * every mandatory paper attached (uploaded or reused from the personal data store), then in one
 * statement, its own transaction, the dossier with its code and the applicant's details from their
 * account, its first action, its attachments, an audit record and an outbox event. A retried
 * request with the same Idempotency-Key returns the same dossier.
 */
export async function submitDossier(input: SubmitInput, deps: DossierDeps) {
  const { actor } = input;
  if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  if (actor.kind !== 'citizen') throw new AppError('FORBIDDEN');
  const scope = `account:${actor.accountId}`;
  const requestHash = createHash('sha256')
    .update(
      canonicalJson({ p: input.procedureCode, a: input.agencyId, f: input.formData, att: input.attachments }),
    )
    .digest('hex');

  const now = new Date();
  // Two independent reads at once (usually both from their caches); their errors are then reported
  // in a fixed order, whichever read finished first.
  const [versionRead, agencyRead] = await Promise.allSettled([
    getVersionInForce(deps.db, input.procedureCode, now),
    findAgencyById(deps.db, input.agencyId),
  ]);
  if (versionRead.status === 'rejected') throw versionRead.reason;
  if (agencyRead.status === 'rejected') throw agencyRead.reason;
  const version = versionRead.value;
  const agency = agencyRead.value;
  if (!agency)
    throw new AppError('NOT_FOUND', {
      vi: 'Không tìm thấy cơ quan tiếp nhận.',
      en: 'Unknown receiving agency.',
    });

  const checked = validateFormData(version, input.formData);
  if (!checked.valid)
    throw new AppError('VALIDATION_FAILED', {
      vi: 'Tờ khai chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu.',
      en: 'The form is not valid; check the marked fields.',
      fields: checked.errors.map((e) => ({ path: `formData.${e.path}`, vi: e.vi, en: e.en })),
    });
  const id = randomUUID();
  // The files are read by the statement itself when the form's list of papers accepts the request
  // (one round trip less); otherwise they are read first, which says what is wrong.
  const files = fileRefs(version, id, input.attachments);
  // The receive-step budget is read beside the attachments: the response's step deadline needs it.
  const [resolved, budgets] = await Promise.all([
    files ? undefined : resolveAttachments(deps, actor.accountId, version, input.attachments),
    budgetsOf(deps.db, version.id),
  ]);
  // Ids chosen here rather than by the database, so the response can name them without reading back.
  const attachments = resolved?.map((a) => ({ ...a, id: randomUUID(), dossier_id: id }));

  // One statement writes the whole submission (it is its own transaction): the key, the dossier
  // with its code, its first action, its attachments, the outbox event, the audit record, and the
  // draft goes. A key used before writes nothing; the earlier dossier is answered instead.
  const written = await recordSubmission(
    deps.db,
    {
      id,
      now,
      codeFormat: deps.codeFormat,
      agency,
      version,
      channel: 'online',
      // The applicant's details are copied from their account by the statement itself.
      applicant: { readFrom: personDetailsSql(actor.accountId) },
      applicantAccountId: actor.accountId,
      applicantOrganisationId: actor.actingOrganisationId,
      formData: input.formData,
      by: { type: 'citizen', id: actor.accountId, role: 'applicant', agencyId: null },
      data: { channel: 'online', attachments: input.attachments.length },
    },
    {
      riders: {
        claim: { scope, key: input.idempotencyKey, requestHash },
        ...(files ? { files: { ownerId: actor.accountId, rows: files } } : { attachments }),
        event: {
          topic: STATUS_TOPIC,
          agencyId: agency.id,
          payload: { dossierId: id, state: 'submitted', action: 'submit', accountId: actor.accountId },
        },
        audit: {
          actor: auditActor(actor),
          action: 'dossier.submitted',
          subject: { type: 'dossier', id },
          agencyId: agency.id,
          data: { procedure: version.procedureCode },
          requestId: input.requestId,
        },
        draft: { ownerId: actor.accountId, procedureCode: version.procedureCode },
      },
    },
  );
  // The session's account is gone (closed while signed in).
  if (written === 'applicant-missing') throw new AppError('UNAUTHENTICATED');
  if (written === 'files-missing') {
    // Reading the files says which one is not there or not the applicant's (this throws).
    await resolveAttachments(deps, actor.accountId, version, input.attachments);
    throw new AppError('INTERNAL');
  }
  if (!written) {
    const earlier = await findKey(deps.db, scope, input.idempotencyKey);
    if (!earlier) throw new AppError('INTERNAL');
    if (earlier.request_hash !== requestHash) throw new AppError('IDEMPOTENCY_MISMATCH');
    const code = (await findDossier(deps.db, earlier.dossier_id))?.code;
    if (!code) throw new AppError('INTERNAL');
    return { dossier: { id: earlier.dossier_id, code }, replayed: true, detail: undefined };
  }
  deps.jobs.kick();
  // A new dossier is answered from what the statement wrote (re-reading the row, its action, its
  // attachments, version, agency and budgets cost seven queries a submission); a replay is read back.
  const detail = presentDossier(
    actor,
    written.dossier,
    {
      version,
      budgets,
      agency,
      actions: [written.action],
      attachments: attachedRows(files, written.files, attachments).map((a) => ({
        ...a,
        digitised: false,
        supplement: false,
        created_at: now,
      })),
      documents: [],
      assignee: undefined,
      holder: undefined,
    },
    deps.calendar,
  );
  return { dossier: { id, code: written.code }, replayed: false, detail };
}

/**
 * The attachments as references to their files, for the submission's statement to read, when the
 * form's list of papers accepts them: each names a paper of the version, and no mandatory paper is
 * left out. Otherwise nothing (`resolveAttachments` then reads the files and says what is wrong).
 */
function fileRefs(version: PinnedVersion, dossierId: string, refs: AttachmentRef[]) {
  if (missingPapers(version, refs).length) return undefined;
  const rows: FileAttachmentRef[] = [];
  for (const [i, ref] of refs.entries()) {
    const paper = version.documents[ref.paper];
    if (!paper || !ref.uploadId === !ref.personalDocumentId) return undefined;
    rows.push({
      id: randomUUID(),
      dossier_id: dossierId,
      requirement_key: `paper:${ref.paper}`,
      title: paper.name.slice(0, 500),
      ordinal: i,
      upload_id: ref.uploadId ?? null,
      personal_document_id: ref.personalDocumentId ?? null,
    });
  }
  return rows;
}

/** The attachment rows as written: from the files the statement read, or as resolved before. */
function attachedRows(
  refs: FileAttachmentRef[] | undefined,
  files: AttachedFile[],
  resolved: Omit<Selectable<DossierAttachmentTable>, 'digitised' | 'supplement' | 'created_at'>[] | undefined,
) {
  if (!refs) return resolved ?? [];
  const byId = new Map(files.map((f) => [f.id, f]));
  return refs.map(({ upload_id: _u, personal_document_id: _d, ...ref }) => ({
    ...ref,
    ...byId.get(ref.id)!,
  }));
}

/** Each mandatory paper must be attached; every reference must belong to the applicant. */
export async function resolveAttachments(
  deps: Pick<DossierDeps, 'db'>,
  ownerId: string,
  version: PinnedVersion,
  refs: AttachmentRef[],
  options: { requireMandatory?: boolean } = {},
) {
  const fields: ErrorField[] = [];
  const uploads = await findUploads(
    deps.db,
    ownerId,
    refs.flatMap((r) => (r.uploadId ? [r.uploadId] : [])),
  );
  const stored = await findPersonalDocuments(
    deps.db,
    ownerId,
    refs.flatMap((r) => (r.personalDocumentId ? [r.personalDocumentId] : [])),
  );
  const rows = refs.flatMap((ref, i) => {
    const paper = version.documents[ref.paper];
    const upload = ref.uploadId ? uploads.find((u) => u.id === ref.uploadId) : undefined;
    const reused = ref.personalDocumentId ? stored.find((d) => d.id === ref.personalDocumentId) : undefined;
    const file = upload ?? reused;
    if (!paper || !file) {
      fields.push({
        path: `attachments.${i}`,
        vi: 'Tệp đính kèm không tồn tại hoặc không thuộc về bạn.',
        en: 'The attachment does not exist or is not yours.',
      });
      return [];
    }
    return [
      {
        requirement_key: `paper:${ref.paper}`,
        title: paper.name.slice(0, 500),
        sha256: file.sha256,
        media_type: file.media_type,
        size: Number(file.size),
        filename: upload?.filename ?? reused?.title ?? 'tep',
        reused_from: reused?.id ?? null,
        ordinal: i,
      },
    ];
  });
  if (options.requireMandatory !== false) fields.push(...missingPapers(version, refs));
  if (fields.length)
    throw new AppError('VALIDATION_FAILED', {
      vi: 'Hồ sơ chưa đủ giấy tờ.',
      en: 'Papers are missing or invalid.',
      fields,
    });
  return rows;
}

/** The mandatory papers (to submit, not the declaration itself) that `refs` leave out. */
function missingPapers(version: PinnedVersion, refs: AttachmentRef[]): ErrorField[] {
  const fields: ErrorField[] = [];
  version.documents.forEach((paper, index) => {
    if (isDeclaration(paper.name)) return;
    if (
      paper.requirement === 'mandatory' &&
      paper.submission === 'submit' &&
      !refs.some((r) => r.paper === index)
    )
      fields.push({
        path: `attachments.paper:${index}`,
        vi: `Thiếu giấy tờ bắt buộc: ${paper.name}`,
        en: `A mandatory paper is missing: ${paper.name}`,
      });
  });
  return fields;
}

/**
 * The declaration (tờ khai, or the interactive civil-status e-form) is the e-form the applicant
 * fills in: it needs no uploaded file.
 */
export function isDeclaration(paperName: string): boolean {
  return /^(tờ khai|mẫu hộ tịch điện tử tương tác)/iu.test(paperName.trim());
}
