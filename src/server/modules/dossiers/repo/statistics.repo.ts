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

/**
 * A dossier of `dossiers as d` still being processed: no verdict and not ended (a refusal, withdrawal
 * or stop ends it without a verdict). Indicators 2.1 and 5.4 judge it by its appointment.
 */
const stillOpen = sql<boolean>`d.verdict is null and d.ended_at is null
  and d.state not in ('refused', 'withdrawn', 'stopped')`;

/**
 * What the QĐ 766 service indicators need, per pinned procedure version and channel (the version
 * says whether the procedure has fees, and for which channels), over the dossiers received in the
 * period. Every count is of dossiers, not of papers, as the indicators are.
 */
export async function countServiceIndicators(db: Executor, agencyPath: string, period: Period, now: Date) {
  const attachment = (flag: 'reused_from is not null' | 'digitised') =>
    sql<number>`count(*) filter (where exists (
      select 1 from dossier_attachments a where a.dossier_id = d.id and a.${sql.raw(flag)}))`;
  return db
    .selectFrom('dossiers as d')
    .select([
      'd.procedure_version_id',
      'd.channel',
      (eb) => eb.fn.countAll<number>().as('received'),
      sql<number>`count(*) filter (where d.paid_online)`.as('paid_online'),
      // Known to owe fees whatever the catalogue lists: paid online, or asked to pay by the agency.
      sql<number>`count(*) filter (where d.paid_online or exists (
        select 1 from dossier_actions x where x.dossier_id = d.id and x.action = 'request_fee'))`.as(
        'owed_fees',
      ),
      attachment('reused_from is not null').as('with_reuse'),
      attachment('digitised').as('with_digitised'),
      // 2.1: finished early or on time, or still open and not past its appointment (vn-standards §1.4).
      sql<number>`count(*) filter (where d.verdict in ('early', 'on_time')
        or (${stillOpen} and (d.due_at is null or d.due_at >= ${now})))`.as('on_time_or_running'),
      // Refused at intake: never received, so outside the 2.1 denominator.
      sql<number>`count(*) filter (where d.state = 'refused')`.as('refused'),
      sql<number>`count(*) filter (where d.state in ('result_ready', 'returned'))`.as('with_result'),
      sql<number>`count(*) filter (where d.state in ('result_ready', 'returned') and exists (
        select 1 from dossier_documents r where r.dossier_id = d.id and r.kind = 'result' and r.signed))`.as(
        'with_signed_result',
      ),
    ])
    .where('d.agency_path', 'like', `${agencyPath}%`)
    .where('d.submitted_at', '>=', period.from)
    .where('d.submitted_at', '<', period.to)
    .groupBy(['d.procedure_version_id', 'd.channel'])
    .execute();
}

/**
 * Of the dossiers agencies under `agencyPath` received in the period, less those refused at intake
 * (never received): how many, how many are overdue (finished late, or still open past the
 * appointment, vn-standards §1.4), and how many are among `among` (ids another module names).
 */
export async function countReceivedOverdue(
  db: Executor,
  agencyPath: string,
  period: Period,
  now: Date,
  among: string[],
) {
  return db
    .selectFrom('dossiers as d')
    .select([
      (eb) => eb.fn.countAll<number>().as('received'),
      sql<number>`count(*) filter (where d.verdict = 'late' or (${stillOpen} and d.due_at < ${now}))`.as(
        'overdue',
      ),
      (among.length ? sql<number>`count(*) filter (where d.id = any(${among}::uuid[]))` : sql<number>`0`).as(
        'among',
      ),
    ])
    .where('d.agency_path', 'like', `${agencyPath}%`)
    .where('d.submitted_at', '>=', period.from)
    .where('d.submitted_at', '<', period.to)
    .where('d.state', '<>', 'refused')
    .executeTakeFirstOrThrow();
}
