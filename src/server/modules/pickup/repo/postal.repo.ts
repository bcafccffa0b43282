import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../../platform/db';
import type { PickupPostalRequestTable, PostalScope } from '../tables';

/** The fee in force on a date for a delivery scope (the latest row that has started). */
export async function findPostalFee(db: Executor, scope: PostalScope, onDate: string) {
  return db
    .selectFrom('pickup_postal_fees')
    .selectAll()
    .where('scope', '=', scope)
    .where('effective_from', '<=', onDate)
    .orderBy('effective_from', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertPostal(trx: Executor, values: Insertable<PickupPostalRequestTable>) {
  return trx.insertInto('pickup_postal_requests').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function findActivePostalOfDossier(db: Executor, dossierId: string) {
  return db
    .selectFrom('pickup_postal_requests')
    .selectAll()
    .where('dossier_id', '=', dossierId)
    .where('status', '<>', 'cancelled')
    .executeTakeFirst();
}

export async function lockPostal(trx: Executor, id: string) {
  return trx
    .selectFrom('pickup_postal_requests')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function findPostal(db: Executor, id: string) {
  return db.selectFrom('pickup_postal_requests').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updatePostal(trx: Executor, id: string, values: Updateable<PickupPostalRequestTable>) {
  return trx
    .updateTable('pickup_postal_requests')
    .set(values)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listPostalOfAgency(db: Executor, agencyId: string, limit: number) {
  return db
    .selectFrom('pickup_postal_requests')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}
