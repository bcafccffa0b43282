import { type Insertable, type RawBuilder, sql, type Updateable } from 'kysely';
import type { Executor } from '../../../platform/db';
import type { AccountTable } from '../tables';

export async function findAccount(db: Executor, id: string) {
  return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The account with the name of its address unit, in one read. */
export async function findAccountWithUnitName(db: Executor, id: string) {
  return db
    .selectFrom('accounts as p')
    .leftJoin('admin_units as u', 'u.code', 'p.address_unit_code')
    .selectAll('p')
    .select('u.name as address_unit_name')
    .where('p.id', '=', id)
    .executeTakeFirst();
}

/** The contact columns of `personDetailsSql`. */
export type PersonDetailsRow = {
  full_name: string;
  personal_id: string | null;
  phone: string | null;
  email: string | null;
  address_line: string | null;
  address_unit_name: string | null;
};

/**
 * A select of one account's contact details (no row for an unknown account), for a statement of
 * another module to read them in its own round trip.
 */
export function personDetailsSql(id: string): RawBuilder<PersonDetailsRow> {
  return sql<PersonDetailsRow>`select p.full_name, p.personal_id, p.phone, p.email, p.address_line,
      u.name as address_unit_name
    from accounts p left join admin_units u on u.code = p.address_unit_code
    where p.id = ${id}::uuid`;
}

/** A login is a phone number, an e-mail address or a staff username. */
export async function findAccountByLogin(db: Executor, login: string) {
  return db
    .selectFrom('accounts')
    .selectAll()
    .where((eb) => eb.or([eb('phone', '=', login), eb('email', '=', login), eb('username', '=', login)]))
    .executeTakeFirst();
}

export async function findAccountByPersonalId(db: Executor, personalId: string) {
  return db.selectFrom('accounts').selectAll().where('personal_id', '=', personalId).executeTakeFirst();
}

export async function insertAccount(db: Executor, values: Insertable<AccountTable>) {
  return db.insertInto('accounts').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updateAccount(db: Executor, id: string, values: Updateable<AccountTable>) {
  await db.updateTable('accounts').set(values).where('id', '=', id).execute();
}

export async function listRoleGrants(db: Executor, accountId: string) {
  return db
    .selectFrom('staff_roles as r')
    .innerJoin('agencies as a', 'a.id', 'r.agency_id')
    .select(['r.role', 'r.agency_id', 'a.path as agency_path', 'a.name as agency_name', 'a.org_id'])
    .where('r.account_id', '=', accountId)
    .orderBy('a.path')
    .orderBy('r.role')
    .execute();
}

export async function listStaffOfAgency(db: Executor, agencyId: string) {
  return db
    .selectFrom('staff_roles as r')
    .innerJoin('accounts as p', 'p.id', 'r.account_id')
    .select(['p.id', 'p.username', 'p.full_name', 'p.email', 'p.status', 'p.totp_enabled_at', 'r.role'])
    .where('r.agency_id', '=', agencyId)
    .orderBy('p.full_name')
    .execute();
}

export async function replaceRoles(db: Executor, accountId: string, agencyId: string, roles: string[]) {
  await db
    .deleteFrom('staff_roles')
    .where('account_id', '=', accountId)
    .where('agency_id', '=', agencyId)
    .execute();
  if (roles.length)
    await db
      .insertInto('staff_roles')
      .values(roles.map((role) => ({ account_id: accountId, agency_id: agencyId, role: role as never })))
      .execute();
}
