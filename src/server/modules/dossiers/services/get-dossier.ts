import type { Selectable } from 'kysely';
import type { z } from 'zod';
import {
  actionInfo,
  allowedTransitions,
  type DossierAction,
  type DossierState,
  type StepBudgets,
  WORKFLOWS,
} from '../../../../contracts/dossier-workflow';
import type { DossierDetail } from '../../../../contracts/dossiers';
import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor } from '../../../platform/auth';
import type { WorkingCalendar } from '../../../platform/calendar';
import { AppError } from '../../../platform/errors';
import { getVersionById, type PinnedVersion } from '../../catalog';
import { findAgencyById, findPersonById } from '../../identity';
import type { DossierDeps } from '../deps';
import { claimView } from '../lib/claim-view';
import { deadlineView } from '../lib/deadline-view';
import { canView, capacities } from '../lib/performer';
import { stateOf } from '../lib/status';
import { listActions } from '../repo/actions.repo';
import { findDossier } from '../repo/dossiers.repo';
import { listAttachments, listDossierDocuments } from '../repo/files.repo';
import type {
  Applicant,
  DossierActionTable,
  DossierAttachmentTable,
  DossierDocumentTable,
  DossierTable,
} from '../tables';
import { documentName } from './present';
import { budgetsOf } from './step-budgets';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

/**
 * The dossier as its applicant or an official in scope sees it, with the actions this caller may
 * take now. An official's look at the applicant's personal data is written to the audit log.
 */
export async function getDossier(
  input: { actor: Actor; dossierId: string; requestId: string },
  deps: Pick<DossierDeps, 'db' | 'calendar'>,
): Promise<z.infer<typeof DossierDetail>> {
  const d = await findDossier(deps.db, input.dossierId);
  if (!d || !canView(input.actor, d)) throw new AppError('NOT_FOUND');
  const acting = capacities(input.actor, d);
  const [version, budgets, agency, actions, attachments, documents, assignee, holder] = await Promise.all([
    getVersionById(deps.db, d.procedure_version_id),
    budgetsOf(deps.db, d.procedure_version_id),
    findAgencyById(deps.db, d.agency_id),
    listActions(deps.db, d.id),
    listAttachments(deps.db, d.id),
    listDossierDocuments(deps.db, d.id),
    d.assignee_id ? findPersonById(deps.db, d.assignee_id) : undefined,
    d.claimed_by ? findPersonById(deps.db, d.claimed_by) : undefined,
  ]);
  if (input.actor.kind === 'staff' && d.applicant_account_id)
    await deps.db.transaction().execute((trx) =>
      appendAudit(trx, {
        actor: auditActor(input.actor),
        action: 'person.viewed',
        subject: { type: 'account', id: d.applicant_account_id! },
        agencyId: d.agency_id,
        data: {
          agencyId: d.agency_id,
          role: acting[0]?.role ?? 'viewer',
          dossier: d.code,
          fields: ['dossier'],
        },
        requestId: input.requestId,
      }),
    );
  return presentDossier(
    input.actor,
    d,
    { version, budgets, agency, actions, attachments, documents, assignee, holder },
    deps.calendar,
  );
}

export type DossierParts = {
  version: Pick<PinnedVersion, 'procedureName'>;
  budgets: StepBudgets;
  agency: { name: string } | undefined;
  actions: Selectable<DossierActionTable>[];
  attachments: Selectable<DossierAttachmentTable>[];
  documents: Pick<Selectable<DossierDocumentTable>, 'id' | 'kind' | 'title' | 'signed' | 'created_at'>[];
  assignee: { id: string; fullName: string } | undefined;
  holder: { id: string; fullName: string } | undefined;
};

/**
 * The detail from a dossier row and its parts, with the actions this caller may take now. Pure: the
 * parts come from the database (`getDossier`) or from what a submission has just written.
 */
export function presentDossier(
  actor: Actor,
  d: Selectable<DossierTable>,
  parts: DossierParts,
  calendar: WorkingCalendar,
): z.infer<typeof DossierDetail> {
  const { version, budgets, agency, actions, attachments, documents, assignee, holder } = parts;
  const acting = capacities(actor, d);
  const workflow = WORKFLOWS[d.workflow] ?? [];
  const allowed = allowedTransitions(workflow, d.state as DossierState)
    .filter((t) => acting.some((a) => t.by.includes(a.performer)))
    .map((t) => t.action)
    // Actions the table allows but the rules of this dossier refuse are not offered.
    .filter((action) => !(action === 'extend' && (!d.due_at || new Date(d.due_at) <= new Date())))
    .filter((action) => !(action === 'request_supplement' && d.supplement_requests >= 1));
  const now = new Date();
  const deadlines = deadlineView(d, budgets, calendar, now);
  const names = new Map(holder ? [[holder.id, holder.fullName]] : []);
  const state = stateOf(d.state);
  const applicant = d.applicant as Applicant;
  return {
    id: d.id,
    code: d.code,
    procedureCode: d.procedure_code,
    procedureName: version.procedureName,
    status: d.state as DossierState,
    statusName: { vi: state.vi, en: state.en },
    nationalStatus: state.national,
    submittedAt: iso(d.submitted_at)!,
    appointment: iso(d.due_at),
    endedAt: iso(d.ended_at),
    verdict: d.verdict,
    agency: { id: d.agency_id, name: agency?.name ?? '' },
    channel: d.channel,
    applicant: {
      fullName: applicant.fullName,
      personalId: applicant.personalId,
      phone: applicant.phone,
      email: applicant.email,
      address: applicant.address,
    },
    formData: d.form_data as Record<string, unknown>,
    receivedAt: iso(d.received_at),
    stepDueAt: iso(deadlines.stepDueAt),
    step: deadlines.step,
    appointmentColour: deadlines.appointmentColour,
    stepColour: deadlines.stepColour,
    supplementRequests: d.supplement_requests,
    assignee: assignee ? { id: assignee.id, name: assignee.fullName } : null,
    claimedBy: d.claimed_by,
    claim: claimView(d.claimed_by, d.claimed_at, names, now),
    allowedActions: allowed,
    attachments: attachments.map((a) => ({
      id: a.id,
      paper: a.requirement_key,
      title: a.title,
      filename: a.filename,
      mediaType: a.media_type,
      size: Number(a.size),
      digitised: a.digitised,
      reused: a.reused_from != null,
    })),
    // Drafts are the agency's working papers: the applicant sees the signed result, not its draft.
    documents: documents
      .filter((doc) => doc.kind !== 'result_draft' || actor.kind === 'staff')
      .map((doc) => ({
        id: doc.id,
        kind: doc.kind,
        name: documentName(doc.kind, doc.title),
        signed: doc.signed,
        createdAt: iso(doc.created_at)!,
      })),
    history: actions.map((a) => ({
      at: iso(a.at)!,
      action: a.action,
      actionName: actionInfo[a.action as DossierAction] ?? { vi: a.action, en: a.action },
      state: a.to_state,
      actorRole: a.actor_role,
      note: a.note,
    })),
  };
}
