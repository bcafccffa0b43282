import type { Executor } from '../../../platform/db';
import type { PinnedVersion } from '../../catalog';
import type { AgencySummary } from '../../identity';
import { formatDossierCode } from '../lib/dossier-code';
import { stateOf } from '../lib/status';
import { appendAction } from '../repo/actions.repo';
import { nextSequence } from '../repo/counters.repo';
import { insertDossier } from '../repo/dossiers.repo';
import type { Applicant } from '../tables';

const vnDate = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * The part every way of filing shares, inside the caller's transaction: the day's next code for the
 * receiving agency (TT 01/2018 Điều 19), the dossier row in state `submitted`, and its first action.
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
): Promise<string> {
  const { agency, version, now } = input;
  const day = vnDate(now);
  const code = formatDossierCode(
    input.codeFormat,
    agency.orgId,
    day,
    await nextSequence(trx, agency.orgId, day),
  );
  await insertDossier(trx, {
    id: input.id,
    code,
    agency_id: agency.id,
    agency_path: agency.path,
    agency_org_id: agency.orgId,
    procedure_code: version.procedureCode,
    procedure_version_id: version.id,
    workflow: version.workflowTemplate,
    channel: input.channel,
    applicant_account_id: input.applicantAccountId,
    applicant_organisation_id: input.applicantOrganisationId,
    applicant: JSON.stringify(input.applicant),
    applicant_phone_last4: input.phoneLast4,
    form_data: JSON.stringify(input.formData),
    state: 'submitted',
    national_status: stateOf('submitted').national,
    submitted_at: now,
    updated_at: now,
  });
  await appendAction(trx, {
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
  });
  return code;
}
