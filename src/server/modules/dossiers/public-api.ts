import type { Executor } from '../../platform/db';
import { findDossier, findDossierByCode } from './repo/dossiers.repo';

/**
 * What other modules (payments, pickup, feedback …) may ask the dossiers module, as plain read
 * functions taking the caller's executor so they join its transaction. Never the form data or papers.
 */
export type DossierSummary = {
  id: string;
  code: string;
  agencyId: string;
  agencyOrgId: string;
  procedureCode: string;
  procedureVersionId: string;
  channel: 'online' | 'desk' | 'postal';
  applicantAccountId: string | null;
  applicantName: string;
  applicantEmail: string | null;
  state: string;
  nationalStatus: number;
  submittedAt: Date;
  receivedAt: Date | null;
  dueAt: Date | null;
  endedAt: Date | null;
  returnedAt: Date | null;
  assigneeId: string | null;
  paidOnline: boolean;
};

function summary(d: NonNullable<Awaited<ReturnType<typeof findDossier>>>): DossierSummary {
  return {
    id: d.id,
    code: d.code,
    agencyId: d.agency_id,
    agencyOrgId: d.agency_org_id,
    procedureCode: d.procedure_code,
    procedureVersionId: d.procedure_version_id,
    channel: d.channel,
    applicantAccountId: d.applicant_account_id,
    applicantName: d.applicant.fullName,
    applicantEmail: d.applicant.email,
    state: d.state,
    nationalStatus: d.national_status,
    submittedAt: d.submitted_at,
    receivedAt: d.received_at,
    dueAt: d.due_at,
    endedAt: d.ended_at,
    returnedAt: d.returned_at,
    assigneeId: d.assignee_id,
    paidOnline: d.paid_online,
  };
}

export async function findDossierSummary(db: Executor, id: string): Promise<DossierSummary | undefined> {
  const d = await findDossier(db, id);
  return d ? summary(d) : undefined;
}

export async function findDossierSummaryByCode(
  db: Executor,
  code: string,
): Promise<DossierSummary | undefined> {
  const d = await findDossierByCode(db, code);
  return d ? summary(d) : undefined;
}
