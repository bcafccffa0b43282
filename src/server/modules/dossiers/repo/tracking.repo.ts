import { CompiledQuery, sql } from 'kysely';
import type { Executor } from '../../../platform/db';

export type TrackingEntry = { at: string; action: string; to_state: string };

/**
 * What public tracking is built from, in one query: the dossier (by code and the last four digits of
 * the applicant's phone, so a wrong pair and an unknown code look alike; or by id, for a rebuild inside
 * an action's transaction) with its history as one JSON array. Only the columns shown are read.
 */
export async function findTrackingSource(
  db: Executor,
  key: { code: string; phoneLast4: string } | { id: string },
) {
  let query = db.selectFrom('dossiers as d').select([
    'd.code',
    'd.applicant_phone_last4',
    'd.procedure_code',
    'd.state',
    'd.submitted_at',
    'd.received_at',
    'd.due_at',
    'd.ended_at',
    'd.returned_at',
    'd.verdict',
    sql<TrackingEntry[]>`coalesce((
        select json_agg(json_build_object('at', a.at, 'action', a.action, 'to_state', a.to_state) order by a.seq)
        from dossier_actions a where a.dossier_id = d.id), '[]')`.as('history'),
  ]);
  query =
    'id' in key
      ? query.where('d.id', '=', key.id)
      : query.where('d.code', '=', key.code).where('d.applicant_phone_last4', '=', key.phoneLast4);
  return query.executeTakeFirst();
}

const FIND_BODY_SQL =
  'select body from dossier_tracking where code = $1 and phone_last4 = $2 and format = $3';

/**
 * The stored document for a code and phone digits, when it is of the current format. The statement is
 * written out once rather than built per call: this is the public read called most often.
 */
export async function findTrackingBody(db: Executor, code: string, phoneLast4: string, format: number) {
  const result = await db.executeQuery<{ body: string }>(
    CompiledQuery.raw(FIND_BODY_SQL, [code, phoneLast4, format]),
  );
  return result.rows[0]?.body;
}

export type TrackingRow = { code: string; phone_last4: string; format: number; body: string };

/**
 * Writes a dossier's stored document.
 * - `replace`, inside the transaction of a change: the row becomes what was just built, whatever it held.
 * - `fill`, from a lookup outside any change: only a missing row or one of an older format is written,
 *   never a row of the current format. A change that commits meanwhile has written its own row, which
 *   this insert then meets and leaves alone, so a lookup cannot put back an older state.
 */
export async function writeTracking(db: Executor, row: TrackingRow, mode: 'replace' | 'fill') {
  await db
    .insertInto('dossier_tracking')
    .values(row)
    .onConflict((oc) => {
      const update = oc.column('code').doUpdateSet({
        phone_last4: row.phone_last4,
        format: row.format,
        body: row.body,
        updated_at: new Date(),
      });
      return mode === 'fill' ? update.where('dossier_tracking.format', '<', row.format) : update;
    })
    .execute();
}
