import { createHash, randomUUID } from 'node:crypto';
import { appendAudit, canonicalJson } from '../../../platform/audit';
import { type Actor, auditActor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { publish } from '../../../platform/outbox';
import { getVersionInForce, validateFormData } from '../../catalog';
import { findAgencyById, findPersonById } from '../../identity';
import type { DossierDeps } from '../deps';
import { capacities } from '../lib/performer';
import { STATUS_TOPIC } from '../lib/status';
import { insertAttachments, insertPersonalDocument } from '../repo/files.repo';
import { claimKey } from '../repo/idempotency.repo';
import type { Applicant } from '../tables';
import { actOnDossier } from './act-on-dossier';
import { explainNumberingFailure, recordSubmission } from './record-submission';
import { type AttachmentRef, resolveAttachments } from './submit-dossier';

/**
 * Walk-in intake: a receiver enters the dossier for a citizen at the desk, scans the papers (each
 * recorded as digitised) and accepts it at once, issuing the receipt. The applicant is a known
 * account (found by identification number) or a person described by the receiver.
 */
export async function intakeAtDesk(
  input: {
    actor: Actor;
    procedureCode: string;
    agencyId: string;
    applicantAccountId?: string | undefined;
    applicant?: Applicant | undefined;
    formData: Record<string, unknown>;
    attachments: AttachmentRef[];
    idempotencyKey: string;
    requestId: string;
  },
  deps: DossierDeps,
) {
  const { actor } = input;
  if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  const agency = await findAgencyById(deps.db, input.agencyId);
  if (!agency) throw new AppError('NOT_FOUND');
  const receiver = capacities(actor, { applicant_account_id: null, agency_path: agency.path }).find(
    (c) => c.performer === 'receiver',
  );
  if (!receiver) throw new AppError(actor.kind === 'staff' ? 'NOT_FOUND' : 'FORBIDDEN');
  const person = input.applicantAccountId
    ? await findPersonById(deps.db, input.applicantAccountId)
    : undefined;
  if (input.applicantAccountId && person?.kind !== 'citizen') throw new AppError('NOT_FOUND');
  const applicant: Applicant | undefined = person
    ? {
        fullName: person.fullName,
        personalId: person.personalId,
        phone: person.phone,
        email: person.email,
        address: [person.address.line, person.address.unitName].filter(Boolean).join(', ') || null,
      }
    : input.applicant;
  if (!applicant)
    throw new AppError('VALIDATION_FAILED', {
      vi: 'Cần thông tin người nộp hồ sơ.',
      en: 'The applicant is required.',
      fields: [{ path: 'body.applicant', vi: 'Bắt buộc.', en: 'Required.' }],
    });
  const now = new Date();
  const version = await getVersionInForce(deps.db, input.procedureCode, now);
  const checked = validateFormData(version, input.formData);
  if (!checked.valid)
    throw new AppError('VALIDATION_FAILED', {
      vi: 'Tờ khai chưa hợp lệ.',
      en: 'The form is not valid.',
      fields: checked.errors.map((e) => ({ path: `formData.${e.path}`, vi: e.vi, en: e.en })),
    });
  const attachments = await resolveAttachments(deps, receiver.accountId!, version, input.attachments);
  const requestHash = createHash('sha256')
    .update(canonicalJson({ ...input, actor: undefined, requestId: undefined }))
    .digest('hex');
  const id = randomUUID();
  const intake = deps.db.transaction().execute(async (trx) => {
    const earlier = await claimKey(trx, {
      scope: `account:${receiver.accountId}`,
      key: input.idempotencyKey,
      requestHash,
      dossierId: id,
    });
    if (earlier) {
      if (earlier.request_hash !== requestHash) throw new AppError('IDEMPOTENCY_MISMATCH');
      return { id: earlier.dossier_id, replayed: true };
    }
    // The attachments and their copies in the personal data store go in before the number is taken
    // (their references to the dossier are checked at commit), so the agency's counter row is locked
    // only for the audit record and the outbox event that need the code.
    const { code } = await recordSubmission(
      trx,
      {
        id,
        now,
        codeFormat: deps.codeFormat,
        agency,
        version,
        channel: 'desk',
        applicant: { details: applicant, phoneLast4: applicant.phone?.replace(/\D/g, '').slice(-4) || null },
        applicantAccountId: person?.id ?? null,
        applicantOrganisationId: null,
        formData: input.formData,
        by: { type: 'staff', id: receiver.accountId!, role: 'receiver', agencyId: receiver.agencyId },
        data: { channel: 'desk', digitised: attachments.length },
      },
      {
        beforeNumbering: async () => {
          await insertAttachments(
            trx,
            attachments.map((a) => ({ ...a, dossier_id: id, digitised: true })),
          );
          // NĐ 45/2020: digitised papers are kept in the owner's personal data store for reuse.
          if (person)
            for (const a of attachments)
              await insertPersonalDocument(trx, {
                owner_account_id: person.id,
                kind: 'digitised',
                title: a.title,
                sha256: a.sha256,
                media_type: a.media_type,
                size: a.size,
                source_dossier_id: id,
                issued_by_agency_id: agency.id,
              });
        },
      },
    );
    await appendAudit(trx, {
      actor: auditActor(actor),
      action: 'dossier.intake',
      subject: { type: 'dossier', id },
      agencyId: agency.id,
      data: { code, procedure: version.procedureCode },
      requestId: input.requestId,
    });
    await publish(trx, {
      topic: STATUS_TOPIC,
      agencyId: agency.id,
      payload: { dossierId: id, code, state: 'submitted', action: 'submit', accountId: person?.id ?? null },
    });
    return { id, replayed: false };
  });
  const outcome = await intake.catch(async (e: unknown) => {
    throw await explainNumberingFailure(deps.db, e, deps.codeFormat, agency.orgId, now);
  });
  if (!outcome.replayed)
    await actOnDossier(
      { actor, dossierId: outcome.id, action: 'accept', input: {}, requestId: input.requestId },
      deps,
    );
  return outcome;
}
