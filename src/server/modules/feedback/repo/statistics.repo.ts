import { sql } from 'kysely';
import type { Executor } from '../../../platform/db';

export type Period = { from: Date; to: Date };

/**
 * Current ratings (those no correction replaced) given in the period by agencies under `path`,
 * counted per official and level. A null official is a contact nobody in particular handled.
 */
export async function countRatings(db: Executor, path: string, period: Period) {
  return db
    .selectFrom('feedback_ratings as r')
    .select(['r.official_id', 'r.level', (eb) => eb.fn.countAll<number>().as('n')])
    .where('r.agency_path', 'like', `${path}%`)
    .where('r.created_at', '>=', period.from)
    .where('r.created_at', '<', period.to)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('feedback_ratings as c').select('c.id').whereRef('c.supersedes', '=', 'r.id'))),
    )
    .groupBy(['r.official_id', 'r.level'])
    .execute();
}

/** A complaint still waiting for a decision or an answer after that deadline has passed. */
const openPastDue = (now: Date) =>
  sql<boolean>`(state = 'received' and decide_due_at < ${now})
    or (state in ('accepted', 'handling') and answer_due_at < ${now})`;

/** Complaints received in the period by agencies under `path`, with how and when each was handled. */
export async function countComplaints(db: Executor, path: string, period: Period, now: Date) {
  return db
    .selectFrom('feedback_complaints')
    .select((eb) => [
      eb.fn.countAll<number>().as('received'),
      eb.fn
        .countAll<number>()
        .filterWhere(sql<boolean>`answered_at is not null and answered_at <= answer_due_at`)
        .as('answered_on_time'),
      eb.fn
        .countAll<number>()
        .filterWhere(sql<boolean>`answered_at is not null and answered_at > answer_due_at`)
        .as('answered_late'),
      eb.fn.countAll<number>().filterWhere('state', '=', 'refused').as('refused'),
      eb.fn
        .countAll<number>()
        .filterWhere(sql<boolean>`state = 'refused' and decided_at <= decide_due_at`)
        .as('refused_on_time'),
      eb.fn.countAll<number>().filterWhere('state', 'in', ['received', 'accepted', 'handling']).as('open'),
      eb.fn.countAll<number>().filterWhere(openPastDue(now)).as('overdue'),
    ])
    .where('agency_path', 'like', `${path}%`)
    .where('received_at', '>=', period.from)
    .where('received_at', '<', period.to)
    .executeTakeFirstOrThrow();
}

/** Complaints received in the period about dossiers each official handled. */
export async function countComplaintsPerOfficial(db: Executor, path: string, period: Period) {
  return db
    .selectFrom('feedback_complaints')
    .select(['official_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('agency_path', 'like', `${path}%`)
    .where('received_at', '>=', period.from)
    .where('received_at', '<', period.to)
    .where('official_id', 'is not', null)
    .groupBy('official_id')
    .execute();
}

/**
 * The dossiers of agencies under `path` that have a complaint or suggestion about them, or a current
 * rating that is not satisfied (QĐ 766 indicator 5.4 counts both), made since `since`: the caller
 * counts those among the dossiers received from `since` on, and nothing is said about a dossier
 * before it was submitted.
 */
export async function listDossiersWithComplaintOrDissatisfied(
  db: Executor,
  path: string,
  since: Date,
): Promise<string[]> {
  const rows = await db
    .selectFrom('feedback_ratings as r')
    .select('r.dossier_id')
    .where('r.agency_path', 'like', `${path}%`)
    .where('r.created_at', '>=', since)
    .where('r.satisfied', '=', false)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('feedback_ratings as c').select('c.id').whereRef('c.supersedes', '=', 'r.id'))),
    )
    .union(
      db
        .selectFrom('feedback_complaints')
        .select(sql<string>`dossier_id`.as('dossier_id'))
        .where('agency_path', 'like', `${path}%`)
        .where('received_at', '>=', since)
        .where('dossier_id', 'is not', null),
    )
    .execute();
  return rows.map((r) => r.dossier_id);
}

/**
 * For QĐ 766 indicator 5.3, the complaints received in the period by agencies under `path`: how many,
 * and how many the author was not satisfied with (the latest verdict on an answer), were handled late
 * (answered or refused after their deadline, or still open past it) or were raised again after an
 * answer; `unsatisfactory` counts a complaint with any of the three once.
 */
export async function countComplaintOutcomes(db: Executor, path: string, period: Period, now: Date) {
  const { rows } = await sql<{
    complaints: number;
    dissatisfied: number;
    late: number;
    raised_again: number;
    unsatisfactory: number;
  }>`
    with outcome as (
      select
        coalesce((
          select e.action = 'dissatisfied' from feedback_complaint_events e
          where e.complaint_id = c.id and e.action in ('satisfied', 'dissatisfied')
          order by e.seq desc limit 1
        ), false) as dissatisfied,
        coalesce(
          c.answered_at > c.answer_due_at
          or (c.state = 'refused' and c.decided_at > c.decide_due_at)
          or ${openPastDue(now)},
          false
        ) as late,
        exists (
          select from feedback_complaint_events e where e.complaint_id = c.id and e.action = 'reopen'
        ) as raised_again
      from feedback_complaints c
      where c.agency_path like ${`${path}%`}
        and c.received_at >= ${period.from} and c.received_at < ${period.to}
    )
    select count(*)::int as complaints,
      count(*) filter (where dissatisfied)::int as dissatisfied,
      count(*) filter (where late)::int as late,
      count(*) filter (where raised_again)::int as raised_again,
      count(*) filter (where dissatisfied or late or raised_again)::int as unsatisfactory
    from outcome`.execute(db);
  return rows[0]!;
}
