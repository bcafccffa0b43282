import type { Executor } from '../../../platform/db';
import type { OrganisationTable } from '../tables';

export async function insertOrganisation(
  db: Executor,
  v: Pick<OrganisationTable, 'kind' | 'name' | 'tax_code' | 'address_unit_code' | 'address_line'>,
) {
  return db.insertInto('organisations').values(v).returning('id').executeTakeFirstOrThrow();
}

export async function findOrganisationByTaxCode(db: Executor, taxCode: string) {
  return db.selectFrom('organisations').selectAll().where('tax_code', '=', taxCode).executeTakeFirst();
}

export async function addRepresentative(
  db: Executor,
  v: { organisationId: string; accountId: string; role: 'legal_representative' | 'authorised' },
) {
  await db
    .insertInto('organisation_representatives')
    .values({ organisation_id: v.organisationId, account_id: v.accountId, role: v.role })
    .onConflict((oc) => oc.columns(['organisation_id', 'account_id']).doNothing())
    .execute();
}

export async function listOrganisationsOf(db: Executor, accountId: string) {
  return db
    .selectFrom('organisation_representatives as r')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .select(['o.id', 'o.kind', 'o.name', 'o.tax_code', 'o.address_unit_code', 'o.address_line', 'r.role'])
    .where('r.account_id', '=', accountId)
    .orderBy('o.name')
    .execute();
}

export async function isRepresentative(db: Executor, organisationId: string, accountId: string) {
  const row = await db
    .selectFrom('organisation_representatives')
    .select('role')
    .where('organisation_id', '=', organisationId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return Boolean(row);
}
