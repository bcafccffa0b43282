import type { Executor } from '../../platform/db';
import { listActions } from './repo/actions.repo';
import { findDossier, findDossierByCode, findDossiersByIds } from './repo/dossiers.repo';
import { insertNotice } from './repo/notices.repo';
import { countReceivedOverdue, type Period } from './repo/statistics.repo';

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

/** Summaries of several dossiers at once (a register of many rows), by id; missing ids are left out. */
export async function findDossierSummaries(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, DossierSummary>> {
  const rows = await findDossiersByIds(db, [...new Set(ids)]);
  return new Map(rows.map((d) => [d.id, summary(d)]));
}

export async function findDossierSummaryByCode(
  db: Executor,
  code: string,
): Promise<DossierSummary | undefined> {
  const d = await findDossierByCode(db, code);
  return d ? summary(d) : undefined;
}

/** One contact between the agency and the applicant: an action and the official who took it. */
export type DossierContact = {
  action: string;
  actorId: string | null;
  actorRole: string | null;
  at: Date;
};

/**
 * The actions of a dossier with who took them, oldest first, for the modules that judge the service
 * (feedback rates the official who received, requested a supplement or handled the dossier).
 */
export async function listDossierContacts(db: Executor, dossierId: string): Promise<DossierContact[]> {
  return (await listActions(db, dossierId)).map((r) => ({
    action: r.action,
    actorId: r.actor_id,
    actorRole: r.actor_role,
    at: r.at,
  }));
}

/**
 * The e-form data of a dossier, for the fee rules only (copies requested, date of the event): the
 * payments module prices what the applicant asked for. Other modules get the summary, never the form.
 */
export async function findDossierFormData(db: Executor, dossierId: string): Promise<Record<string, unknown>> {
  return (await findDossier(db, dossierId))?.form_data ?? {};
}

/**
 * Adds a notice to a citizen's in-app inbox (read at GET /me/notices) for another module's event.
 * Keyed by the outbox event that caused it, so a redelivered job adds nothing.
 */
export async function addNotice(
  db: Executor,
  n: {
    accountId: string;
    dossierId: string | null;
    title: string;
    body: string;
    link: string | null;
    sourceEvent: number;
  },
): Promise<void> {
  await insertNotice(db, {
    account_id: n.accountId,
    dossier_id: n.dossierId,
    title: n.title,
    body: n.body,
    link: n.link,
    source_event: n.sourceEvent,
  });
}

/**
 * For QĐ 766 indicator 5.4 (feedback module): the dossiers agencies under `agencyPath` received in the
 * period, less those refused at intake; how many of them are overdue (finished late, or open past the
 * appointment); and how many of them are among `dossierIds` (those with a complaint or a dissatisfied
 * rating).
 */
export async function countDossiersForSatisfaction(
  db: Executor,
  agencyPath: string,
  period: Period,
  now: Date,
  dossierIds: string[],
): Promise<{ received: number; overdue: number; among: number }> {
  const row = await countReceivedOverdue(db, agencyPath, period, now, dossierIds);
  return { received: Number(row.received), overdue: Number(row.overdue), among: Number(row.among) };
}
