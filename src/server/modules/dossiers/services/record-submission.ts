import type { RawBuilder, Selectable } from 'kysely';
import type { Executor } from '../../../platform/db';
import { AppError } from '../../../platform/errors';
import type { PinnedVersion } from '../../catalog';
import type { AgencySummary, PersonDetailsRow } from '../../identity';
import { formatDossierCode } from '../lib/dossier-code';
import { stateOf } from '../lib/status';
import {
  type AttachedFile,
  type CodeTemplate,
  insertDossierWithNextCode,
  lastSeqOfDay,
  type SubmissionRiders,
} from '../repo/counters.repo';
import { deferDossierReferences } from '../repo/dossiers.repo';
import type { Applicant, DossierActionTable, DossierTable } from '../tables';

const vnDate = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * The part every way of filing shares: the day's next code for the receiving agency (TT 01/2018
 * Điều 19), the dossier row in state `submitted` and its first action, written by one statement
 * (`insertDossierWithNextCode`) with whatever `riders` add (idempotency key, attachments, outbox
 * event, audit record, draft removal).
 *
 * Called on the database itself, that statement is the whole transaction: an online submission is
 * one round trip, and the agency's counter row is locked only while it runs and commits. Called in a
 * transaction (desk intake), `beforeNumbering` writes first (attachments…), with the references to
 * the dossier row checked at commit; the counter row then stays locked until the caller commits, so
 * the caller should only have the writes that need the code left (audit record, outbox event).
 *
 * Returns nothing when `riders.claim` names a key already used, 'files-missing' when `riders.files`
 * names a file that is not there or not the applicant's, and 'applicant-missing' when the applicant's
 * details are to be read from an account that is not there: then nothing was written.
 */
type SubmissionInput = {
  id: string;
  now: Date;
  codeFormat: string;
  agency: AgencySummary;
  version: PinnedVersion;
  channel: 'online' | 'desk';
  /**
   * The applicant's details with the last four digits of their phone (for public tracking), as given
   * (desk intake), or read by the statement from their account (an online submission).
   */
  applicant: { details: Applicant; phoneLast4: string | null } | { readFrom: RawBuilder<PersonDetailsRow> };
  applicantAccountId: string | null;
  applicantOrganisationId: string | null;
  formData: Record<string, unknown>;
  by: { type: 'citizen' | 'staff'; id: string; role: string; agencyId: string | null };
  data: Record<string, unknown>;
};

type SubmissionOptions = {
  beforeNumbering?: () => Promise<void>;
  riders?: Omit<SubmissionRiders, 'action'>;
};

export async function recordSubmission(
  db: Executor,
  input: SubmissionInput,
  options: SubmissionOptions & { riders: { claim: NonNullable<SubmissionRiders['claim']> } },
): Promise<RecordedSubmission | 'files-missing' | 'applicant-missing' | undefined>;
export async function recordSubmission(
  db: Executor,
  input: SubmissionInput & { applicant: { details: Applicant } },
  options?: SubmissionOptions & { riders?: { claim?: undefined; files?: undefined } },
): Promise<RecordedSubmission>;
export async function recordSubmission(
  db: Executor,
  input: SubmissionInput,
  options: SubmissionOptions = {},
): Promise<RecordedSubmission | 'files-missing' | 'applicant-missing' | undefined> {
  const { agency, version, now } = input;
  if (options.beforeNumbering) {
    await deferDossierReferences(db);
    await options.beforeNumbering();
  }
  const action = {
    dossier_id: input.id,
    action: 'submit',
    from_state: null,
    to_state: 'submitted',
    actor_type: input.by.type,
    actor_id: input.by.id,
    actor_role: input.by.role,
    actor_agency_id: input.by.agencyId,
    note: null,
    at: now,
    data: input.data,
  };
  const day = vnDate(now);
  const row = {
    id: input.id,
    agency_id: agency.id,
    agency_path: agency.path,
    agency_org_id: agency.orgId,
    procedure_code: version.procedureCode,
    procedure_version_id: version.id,
    workflow: version.workflowTemplate,
    channel: input.channel,
    applicant_account_id: input.applicantAccountId,
    applicant_organisation_id: input.applicantOrganisationId,
    state: 'submitted',
    national_status: stateOf('submitted').national,
    submitted_at: now,
    updated_at: now,
    created_at: now,
  };
  const given = 'details' in input.applicant ? input.applicant : undefined;
  const readFrom = 'readFrom' in input.applicant ? input.applicant.readFrom : undefined;
  const numbering = insertDossierWithNextCode(
    db,
    given
      ? {
          ...row,
          applicant: given.details,
          applicant_phone_last4: given.phoneLast4,
          form_data: input.formData,
        }
      : { ...row, form_data: input.formData },
    codeTemplate(input.codeFormat, agency.orgId, day),
    {
      ...options.riders,
      ...(readFrom ? { applicantFrom: readFrom } : {}),
      action,
    },
  );
  const numbered = await numbering.catch(async (e: unknown) => {
    // Inside a transaction the counter can be read only once it has rolled back: the caller explains.
    if (db.isTransaction) throw e;
    throw await explainNumberingFailure(db, e, input.codeFormat, agency.orgId, now);
  });
  if (numbered === 'files-missing' || numbered === 'applicant-missing') return numbered;
  if (!numbered) {
    if (options.riders?.claim) return undefined; // the key was used before: nothing was written
    throw new Error('dossier submission: no number was taken');
  }
  // The database formatted the code from the same template; a difference would be a bug here.
  const expected = formatDossierCode(input.codeFormat, agency.orgId, day, numbered.seq);
  if (numbered.code !== expected)
    throw new Error(`dossier code ${numbered.code} differs from the format's ${expected}`);
  return {
    code: numbered.code,
    // The row as the database now holds it (the columns not written take their defaults), so a
    // caller can answer without reading it back.
    dossier: {
      ...row,
      code: numbered.code,
      applicant: (given ?? numbered.applicant!).details,
      applicant_phone_last4: (given ?? numbered.applicant!).phoneLast4,
      form_data: input.formData,
      received_at: null,
      due_at: null,
      step_due_at: null,
      ended_at: null,
      returned_at: null,
      supplement_requests: 0,
      supplement_requested_at: null,
      assignee_id: null,
      claimed_by: null,
      claimed_at: null,
      verdict: null,
      extended: false,
      paid_online: false,
    },
    action: { ...action, seq: 1 },
    files: numbered.files,
  };
}

export type RecordedSubmission = {
  code: string;
  dossier: Selectable<DossierTable>;
  action: Selectable<DossierActionTable>;
  /** What the statement took from each file of `riders.files`. */
  files: AttachedFile[];
};

/**
 * Why a numbering statement failed, when the reason is the agency's numbers of the day being used
 * up: a number wider than the format's placeholder (four digits, TT 01/2018 Điều 19) makes the code
 * null and the statement fail, and the applicant should hear that, not of an internal error.
 * Anything else is returned as it was. Reads the counter on `db`, outside the failed transaction.
 */
export async function explainNumberingFailure(
  db: Executor,
  err: unknown,
  codeFormat: string,
  orgId: string,
  now: Date,
): Promise<unknown> {
  if ((err as { code?: unknown } | null)?.code !== '23502') return err; // not_null_violation
  const day = vnDate(now);
  const widths = codeTemplate(codeFormat, orgId, day).parts.filter((p): p is number => typeof p === 'number');
  if (!widths.length) return err;
  const max = 10 ** Math.min(...widths) - 1;
  if ((await lastSeqOfDay(db, orgId, day)) < max) return err;
  return new AppError('UNAVAILABLE', {
    vi: `Cơ quan tiếp nhận đã dùng hết ${max.toLocaleString('vi-VN')} số hồ sơ của ngày hôm nay. Hồ sơ chưa được ghi nhận; vui lòng nộp lại vào ngày mai.`,
    en: `The receiving agency has used all ${max.toLocaleString('en-GB')} dossier numbers of today. Nothing was recorded; please submit again tomorrow.`,
  });
}

/** The format with everything but the sequence filled in, for the database to add the number. */
export function codeTemplate(format: string, orgId: string, day: string): CodeTemplate {
  const pieces = format.split(/\{seq:(\d)\}/);
  return {
    orgId,
    day,
    parts: pieces.map((piece, i) => (i % 2 ? Number(piece) : formatDossierCode(piece, orgId, day, 0))),
  };
}
