import type { Insertable, Updateable } from 'kysely';
import type { ComplaintState } from '../../../../contracts/feedback';
import type { Executor } from '../../../platform/db';
import type { FeedbackComplaintEventTable, FeedbackComplaintTable } from '../tables';

/** Next sequence number of the local day (row lock on the counter keeps codes gap-free). */
export async function nextComplaintSeq(db: Executor, day: string): Promise<number> {
  const row = await db
    .insertInto('feedback_counters')
    .values({ day, last_seq: 1 })
    .onConflict((oc) =>
      oc.column('day').doUpdateSet((eb) => ({ last_seq: eb('feedback_counters.last_seq', '+', 1) })),
    )
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return row.last_seq;
}

export async function insertComplaint(db: Executor, values: Insertable<FeedbackComplaintTable>) {
  return db.insertInto('feedback_complaints').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function findComplaint(db: Executor, id: string) {
  return db.selectFrom('feedback_complaints').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function lockComplaint(db: Executor, id: string) {
  return db.selectFrom('feedback_complaints').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateComplaint(db: Executor, id: string, values: Updateable<FeedbackComplaintTable>) {
  await db
    .updateTable('feedback_complaints')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function appendComplaintEvent(
  db: Executor,
  event: Omit<Insertable<FeedbackComplaintEventTable>, 'seq'>,
): Promise<number> {
  const last = await db
    .selectFrom('feedback_complaint_events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('complaint_id', '=', event.complaint_id)
    .executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  await db
    .insertInto('feedback_complaint_events')
    .values({ ...event, seq })
    .execute();
  return seq;
}

export async function listComplaintEvents(db: Executor, complaintId: string) {
  return db
    .selectFrom('feedback_complaint_events')
    .selectAll()
    .where('complaint_id', '=', complaintId)
    .orderBy('seq')
    .execute();
}

export async function listComplaintsOfCitizen(db: Executor, accountId: string, limit: number) {
  return db
    .selectFrom('feedback_complaints')
    .selectAll()
    .where('citizen_account_id', '=', accountId)
    .orderBy('received_at', 'desc')
    .limit(limit)
    .execute();
}

/** Complaints of the agencies under any of the given paths, open ones first by the nearest deadline. */
export async function listComplaintsUnder(
  db: Executor,
  paths: string[] | 'all',
  filter: { states?: ComplaintState[]; limit: number },
) {
  let q = db.selectFrom('feedback_complaints').selectAll();
  if (paths !== 'all') {
    if (!paths.length) return [];
    q = q.where((eb) => eb.or(paths.map((p) => eb('agency_path', 'like', `${p}%`))));
  }
  if (filter.states?.length) q = q.where('state', 'in', filter.states);
  return q
    .orderBy((eb) =>
      eb.case().when('state', 'in', ['received', 'accepted', 'handling']).then(0).else(1).end(),
    )
    .orderBy('answer_due_at')
    .limit(filter.limit)
    .execute();
}
