import {
  type DossierState,
  STEP_OF_STATE,
  type StepBudgets,
  stepInfo,
  type WorkflowStep,
} from '../../../../contracts/dossier-workflow';
import { appendAudit } from '../../../platform/audit';
import { toLocalDate } from '../../../platform/calendar';
import { publish } from '../../../platform/outbox';
import { listStaffWithRoles } from '../../identity';
import type { DossierDeps } from '../deps';
import { claimView } from '../lib/claim-view';
import { effectiveStepDue } from '../lib/deadline-view';
import { APPOINTMENT_CLOCK_STATES, listDossiersNearDeadline, recordReminder } from '../repo/reminders.repo';
import type { ReminderKind } from '../tables';
import { budgetsOf } from './step-budgets';

export const REMINDER_TOPIC = 'dossier.deadline_reminder';
export const REMINDER_QUEUE = 'dossiers.remind-deadlines';
/**
 * Every 15 minutes in office hours, Monday to Saturday (Asia/Ho_Chi_Minh): a reminder is never late by
 * more. Saturdays are included for make-up working days; the task skips days off (see below).
 */
export const REMINDER_CRON = '*/15 7-17 * * 1-6';

/** Who answers for a step when nobody holds the dossier: the desk, or the agency's leaders. */
const STEP_ROLE: Record<WorkflowStep, string> = {
  receive: 'receiver',
  dispatch: 'receiver',
  // Processing without an assignee waits for the desk to assign it.
  process: 'receiver',
  approve: 'leader',
  sign: 'leader',
  return: 'receiver',
};

type Candidate = Awaited<ReturnType<typeof listDossiersNearDeadline>>[number];

/**
 * Who is reminded: the official holding the dossier (an active claim); else the assigned
 * specialist while it is processed; else the staff with the step's role over the dossier's agency
 * (the receiving desk, or the leaders).
 */
async function recipientsOf(d: Candidate, step: WorkflowStep, deps: Pick<DossierDeps, 'db'>, now: Date) {
  const claim = claimView(d.claimed_by, d.claimed_at, new Map(), now);
  if (claim) return [claim.by.id];
  if (step === 'process' && d.assignee_id) return [d.assignee_id];
  const staff = await listStaffWithRoles(deps.db, d.agency_path, [STEP_ROLE[step]]);
  return [...new Set(staff.map((s) => s.id))];
}

type Due = { kind: ReminderKind; deadline: Date; step: WorkflowStep };

/** The reminders a dossier is due: its step deadline and its appointment, each soon or past. */
function duesOf(
  d: Candidate,
  budgets: StepBudgets,
  deps: Pick<DossierDeps, 'calendar'>,
  now: Date,
  horizon: Date,
) {
  const out: Due[] = [];
  const step = STEP_OF_STATE[d.state as DossierState];
  const appointment = d.due_at ? new Date(d.due_at) : null;
  const runs = (APPOINTMENT_CLOCK_STATES as readonly string[]).includes(d.state);
  if (runs && appointment && appointment < horizon && step)
    out.push({
      kind: appointment <= now ? 'appointment_overdue' : 'appointment_due_soon',
      deadline: appointment,
      step,
    });
  const stepDue = step ? effectiveStepDue(d, budgets, deps.calendar) : null;
  // A step that ends with the appointment is reminded once, as the appointment.
  const sameAsAppointment = runs && appointment && stepDue?.getTime() === appointment.getTime();
  if (step && stepDue && stepDue < horizon && !sameAsAppointment)
    out.push({ kind: stepDue <= now ? 'step_overdue' : 'step_due_soon', deadline: stepDue, step });
  return out;
}

/**
 * The scheduled reminder run: for each open dossier whose step deadline or appointment falls within
 * the horizon (or has passed), one reminder per dossier, deadline and kind. The reminder's row and
 * its notices' outbox events are written in one transaction, so a second run — or a second process
 * running at the same time — finds the key taken and sends nothing.
 */
export async function remindDeadlines(
  input: { now?: Date; horizonHours: number; limit?: number },
  deps: Pick<DossierDeps, 'db' | 'calendar' | 'jobs' | 'logger'>,
) {
  const now = input.now ?? new Date();
  const horizon = deps.calendar.addWorkingHours(now, input.horizonHours);
  const candidates = await listDossiersNearDeadline(deps.db, horizon, input.limit ?? 5000);
  const budgets = new Map<string, Promise<StepBudgets>>();
  let sent = 0;
  for (const d of candidates) {
    if (!budgets.has(d.procedure_version_id))
      budgets.set(d.procedure_version_id, budgetsOf(deps.db, d.procedure_version_id));
    const dues = duesOf(d, await budgets.get(d.procedure_version_id)!, deps, now, horizon);
    for (const due of dues) {
      const recipients = await recipientsOf(d, due.step, deps, now);
      const fresh = await deps.db.transaction().execute(async (trx) => {
        const isNew = await recordReminder(trx, {
          dossierId: d.id,
          kind: due.kind,
          deadline: due.deadline,
          recipients: recipients.length,
        });
        if (!isNew) return false;
        for (const accountId of recipients)
          await publish(trx, {
            topic: REMINDER_TOPIC,
            agencyId: d.agency_id,
            payload: {
              dossierId: d.id,
              code: d.code,
              kind: due.kind,
              deadline: due.deadline.toISOString(),
              step: due.step,
              accountId,
            },
          });
        await appendAudit(trx, {
          actor: { type: 'system', id: null },
          action: 'dossier.reminded',
          subject: { type: 'dossier', id: d.id },
          agencyId: d.agency_id,
          data: {
            code: d.code,
            kind: due.kind,
            deadline: due.deadline.toISOString(),
            step: stepInfo[due.step].en,
            recipients,
          },
        });
        return true;
      });
      if (fresh) sent++;
    }
  }
  if (sent) {
    deps.logger.info({ sent }, 'deadline reminders recorded');
    deps.jobs.kick();
  }
  return { checked: candidates.length, sent };
}

/** The scheduled run: nothing on a day off (a weekend, a holiday), when nobody is at work to act. */
export async function runScheduledReminders(
  horizonHours: number,
  deps: Pick<DossierDeps, 'db' | 'calendar' | 'jobs' | 'logger'>,
  now = new Date(),
) {
  if (!deps.calendar.isWorkingDay(toLocalDate(now))) return { checked: 0, sent: 0 };
  return remindDeadlines({ now, horizonHours }, deps);
}
