import type { Executor } from '../../../platform/db';

/*
 * The two reads and one write of tables other modules own, kept in this one file on purpose.
 * Neither identity nor dossiers exports these yet through its index.ts; when they do
 * (`findAdminUnit`, `addNotice`), these functions become one-line delegations.
 *
 * - admin_units: the reference list of units in force (identity), read-only, to validate a postal
 *   address and tell an intra-province delivery from an inter-province one.
 * - notices: the citizen's in-app inbox (dossiers, read at GET /me/notices), keyed by the outbox
 *   event so a redelivered job adds nothing.
 */

export async function findCommune(db: Executor, code: string) {
  return db
    .selectFrom('admin_units')
    .select(['code', 'name', 'province_code', 'level'])
    .where('code', '=', code)
    .executeTakeFirst();
}

export async function findUnitProvince(db: Executor, code: string) {
  const r = await db
    .selectFrom('admin_units')
    .select('province_code')
    .where('code', '=', code)
    .executeTakeFirst();
  return r?.province_code;
}

export async function addNotice(
  db: Executor,
  n: {
    accountId: string;
    dossierId: string | null;
    title: string;
    body: string;
    link: string;
    sourceEvent: number;
  },
) {
  await db
    .insertInto('notices')
    .values({
      account_id: n.accountId,
      dossier_id: n.dossierId,
      title: n.title,
      body: n.body,
      link: n.link,
      source_event: n.sourceEvent,
    })
    .onConflict((oc) => oc.column('source_event').doNothing())
    .execute();
}
