import type { Executor } from '../../../platform/db';
import type { ReminderKind } from '../tables';

/** States whose appointment runs (the applicant's waits and the ends do not count). */
export const APPOINTMENT_CLOCK_STATES = [
  'received',
  'processing',
  'awaiting_approval',
  'awaiting_signature',
] as const;
/** States with a step deadline (see STEP_OF_STATE). */
export const STEP_STATES = [
  'submitted',
  'received',
  'processing',
  'awaiting_approval',
  'awaiting_signature',
  'result_ready',
] as const;

/**
 * Open dossiers with a deadline before `horizon`: the step deadline, the appointment, or an online
 * dossier waiting for the desk (its receive deadline is computed from the submission).
 */
export async function listDossiersNearDeadline(db: Executor, horizon: Date, limit: number) {
  return db
    .selectFrom('dossiers')
    .select([
      'id',
      'code',
      'agency_id',
      'agency_path',
      'procedure_version_id',
      'state',
      'submitted_at',
      'due_at',
      'step_due_at',
      'assignee_id',
      'claimed_by',
      'claimed_at',
    ])
    .where((eb) =>
      eb.or([
        eb.and([eb('state', 'in', [...STEP_STATES]), eb('step_due_at', '<', horizon)]),
        eb.and([eb('state', 'in', [...APPOINTMENT_CLOCK_STATES]), eb('due_at', '<', horizon)]),
        eb.and([eb('state', '=', 'submitted'), eb('step_due_at', 'is', null)]),
      ]),
    )
    .orderBy('submitted_at')
    .limit(limit)
    .execute();
}

/** Records a reminder; false when one was already sent for this dossier, deadline and kind. */
export async function recordReminder(
  db: Executor,
  values: { dossierId: string; kind: ReminderKind; deadline: Date; recipients: number },
): Promise<boolean> {
  const row = await db
    .insertInto('dossier_reminders')
    .values({
      dossier_id: values.dossierId,
      kind: values.kind,
      deadline: values.deadline,
      recipients: values.recipients,
    })
    .onConflict((oc) => oc.columns(['dossier_id', 'kind', 'deadline']).doNothing())
    .returning('dossier_id')
    .executeTakeFirst();
  return Boolean(row);
}
