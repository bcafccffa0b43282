import type { Selectable } from 'kysely';
import type { Executor } from '../../../platform/db';
import type { PinnedVersion } from '../../catalog';
import type { AgencySummary } from '../../identity';
import { formatDossierCode } from '../lib/dossier-code';
import { stateOf } from '../lib/status';
import { appendAction } from '../repo/actions.repo';
import { type CodeTemplate, insertDossierWithNextCode } from '../repo/counters.repo';
import { deferDossierReferences } from '../repo/dossiers.repo';
import type { Applicant, DossierActionTable, DossierTable } from '../tables';

const vnDate = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * The part every way of filing shares, inside the caller's transaction: the day's next code for the
 * receiving agency (TT 01/2018 Điều 19), the dossier row in state `submitted`, and its first action.
 *
 * The code's counter row is locked from the moment the number is taken until the transaction ends,
 * and every submission to the agency waits on it; so the number is taken last. The first action and
 * whatever `beforeNumbering` writes (attachments…) go in first, with the references to the dossier
 * row checked at commit instead of at once; after this returns, the caller should only have the
 * writes that need the code left (audit record, outbox event), and commit.
 */
export async function recordSubmission(
  trx: Executor,
  input: {
    id: string;
    now: Date;
    codeFormat: string;
    agency: AgencySummary;
    version: PinnedVersion;
    channel: 'online' | 'desk';
    applicant: Applicant;
    applicantAccountId: string | null;
    applicantOrganisationId: string | null;
    phoneLast4: string | null;
    formData: Record<string, unknown>;
    by: { type: 'citizen' | 'staff'; id: string; role: string; agencyId: string | null };
    data: Record<string, unknown>;
  },
  options: { beforeNumbering?: () => Promise<void> } = {},
): Promise<RecordedSubmission> {
  const { agency, version, now } = input;
  await deferDossierReferences(trx);
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
  await appendAction(trx, action);
  await options.beforeNumbering?.();
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
    applicant_phone_last4: input.phoneLast4,
    state: 'submitted',
    national_status: stateOf('submitted').national,
    submitted_at: now,
    updated_at: now,
  };
  const numbered = await insertDossierWithNextCode(
    trx,
    { ...row, applicant: JSON.stringify(input.applicant), form_data: JSON.stringify(input.formData) },
    codeTemplate(input.codeFormat, agency.orgId, day),
  );
  // The database formatted the code; the same format in JavaScript must agree (and refuses a
  // sequence wider than its placeholder, which rolls the whole submission back).
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
      applicant: input.applicant,
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
      created_at: now,
    },
    action: { ...action, seq: 1 },
  };
}

export type RecordedSubmission = {
  code: string;
  dossier: Selectable<DossierTable>;
  action: Selectable<DossierActionTable>;
};

/** The format with everything but the sequence filled in, for the database to add the number. */
export function codeTemplate(format: string, orgId: string, day: string): CodeTemplate {
  const pieces = format.split(/\{seq:(\d)\}/);
  return {
    orgId,
    day,
    parts: pieces.map((piece, i) => (i % 2 ? Number(piece) : formatDossierCode(piece, orgId, day, 0))),
  };
}
