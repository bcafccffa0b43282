import { sql } from 'kysely';
import type { Executor } from '../../../platform/db';

export type Period = { from: Date; to: Date };

/**
 * Counts for the period per procedure: received online / at the desk, finished early / on time /
 * late (by the verdict stored when processing ended), still in progress, and overdue now.
 */
export async function countByProcedure(db: Executor, agencyPath: string, period: Period, now: Date) {
  return db
    .selectFrom('dossiers')
    .select([
      'procedure_code',
      (eb) => eb.fn.countAll<number>().as('received'),
      sql<number>`count(*) filter (where channel = 'online')`.as('online'),
      sql<number>`count(*) filter (where channel <> 'online')`.as('desk'),
      sql<number>`count(*) filter (where verdict = 'early')`.as('early'),
      sql<number>`count(*) filter (where verdict = 'on_time')`.as('on_time'),
      sql<number>`count(*) filter (where verdict = 'late')`.as('late'),
      sql<number>`count(*) filter (where ended_at is null and state <> 'returned')`.as('in_progress'),
      sql<number>`count(*) filter (where ended_at is null and due_at < ${now})`.as('overdue'),
    ])
    .where('agency_path', 'like', `${agencyPath}%`)
    .where('submitted_at', '>=', period.from)
    .where('submitted_at', '<', period.to)
    .groupBy('procedure_code')
    .orderBy('procedure_code')
    .execute();
}

/** The dossier book (sổ theo dõi hồ sơ) rows of an agency for a period, in order of receipt. */
export async function bookRows(db: Executor, agencyPath: string, period: Period) {
  return db
    .selectFrom('dossiers')
    .select([
      'code',
      'procedure_code',
      'applicant',
      'channel',
      'submitted_at',
      'received_at',
      'due_at',
      'ended_at',
      'returned_at',
      'state',
      'verdict',
    ])
    .where('agency_path', 'like', `${agencyPath}%`)
    .where('submitted_at', '>=', period.from)
    .where('submitted_at', '<', period.to)
    .orderBy('submitted_at')
    .limit(100_000)
    .execute();
}
