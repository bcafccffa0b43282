import type { Executor } from '../../../platform/db';
import type { PickupEventTable } from '../tables';

export type PickupEvent = {
  agencyId: string;
  subjectType: PickupEventTable['subject_type'];
  subjectId: string;
  kind: string;
  actor: { type: PickupEventTable['actor_type']; id?: string | null };
  data?: Record<string, unknown>;
  at?: Date;
};

/** Appends to the history of desks, bookings, tickets and postal deliveries (append-only table). */
export async function appendEvent(trx: Executor, e: PickupEvent) {
  await trx
    .insertInto('pickup_events')
    .values({
      agency_id: e.agencyId,
      subject_type: e.subjectType,
      subject_id: e.subjectId,
      kind: e.kind,
      actor_type: e.actor.type,
      actor_id: e.actor.id ?? null,
      data: JSON.stringify(e.data ?? {}),
      ...(e.at ? { at: e.at } : {}),
    })
    .execute();
}

export async function listEvents(
  db: Executor,
  subjectType: PickupEventTable['subject_type'],
  subjectId: string,
) {
  return db
    .selectFrom('pickup_events')
    .selectAll()
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', subjectId)
    .orderBy('id')
    .execute();
}
