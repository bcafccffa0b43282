import type { Executor } from '../../platform/db';
import { agencyCache } from './lib/agency-cache';
import { findAccountWithUnitName, type PersonDetailsRow, personDetailsSql } from './repo/accounts.repo';
import { findAdminUnit } from './repo/admin-units.repo';
import { findAgency, findAgencyByOrgId, listAgencies } from './repo/agencies.repo';
import type { AgencyKind } from './tables';

/**
 * What other modules may ask the identity module, as plain read functions. They take the executor
 * the caller runs in, so they join the caller's transaction.
 */
export type AgencySummary = {
  id: string;
  orgId: string;
  name: string;
  shortName: string | null;
  kind: string;
  path: string;
  parentId: string | null;
  adminUnitCode: string;
  adminUnitName: string;
  address: string | null;
  phone: string | null;
};

type AgencyRow = NonNullable<Awaited<ReturnType<typeof findAgency>>>;
const summary = (a: AgencyRow): AgencySummary => ({
  id: a.id,
  orgId: a.org_id,
  name: a.name,
  shortName: a.short_name,
  kind: a.kind,
  path: a.path,
  parentId: a.parent_id,
  adminUnitCode: a.admin_unit_code,
  adminUnitName: a.admin_unit_name,
  address: a.address,
  phone: a.phone,
});

export async function findAgencyById(db: Executor, id: string): Promise<AgencySummary | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  return agencyCache.read(db, id.toLowerCase(), async () => {
    const a = await findAgency(db, id);
    return a ? summary(a) : undefined;
  });
}

export async function findAgencyWithOrgId(db: Executor, orgId: string): Promise<AgencySummary | undefined> {
  const a = await findAgencyByOrgId(db, orgId);
  return a ? summary(a) : undefined;
}

/** Agencies in tree order, optionally of one kind (the catalogue asks for commune committees). */
export async function listAgencySummaries(
  db: Executor,
  filter: { kind?: AgencyKind } = {},
): Promise<AgencySummary[]> {
  return (await listAgencies(db, filter.kind ? { kind: filter.kind } : {})).map(summary);
}

export type PersonSummary = {
  id: string;
  kind: 'citizen' | 'staff';
  fullName: string;
  phone: string | null;
  email: string | null;
  personalId: string | null;
  dateOfBirth: string | null;
  sex: 'male' | 'female' | null;
  address: { unitCode: string | null; unitName: string | null; line: string | null };
  identityVerifiedBy: 'eid' | 'desk' | null;
};

/**
 * A person's contact details as SQL (a select of at most one `PersonDetailsRow`), for a statement that
 * needs them without a round trip of its own: an online submission copies them onto its dossier.
 */
export { type PersonDetailsRow, personDetailsSql };

export async function findPersonById(db: Executor, accountId: string): Promise<PersonSummary | undefined> {
  const p = await findAccountWithUnitName(db, accountId);
  if (!p) return undefined;
  return {
    id: p.id,
    kind: p.kind,
    fullName: p.full_name,
    phone: p.phone,
    email: p.email,
    personalId: p.personal_id,
    dateOfBirth: p.date_of_birth,
    sex: p.sex,
    address: { unitCode: p.address_unit_code, unitName: p.address_unit_name ?? null, line: p.address_line },
    identityVerifiedBy: p.identity_verified_by,
  };
}

/** Staff holding one of `roles` in the agency or an agency above it (a commune's specialists…). */
export async function listStaffWithRoles(db: Executor, agencyPath: string, roles: string[]) {
  const rows = await db
    .selectFrom('staff_roles as r')
    .innerJoin('accounts as p', 'p.id', 'r.account_id')
    .innerJoin('agencies as a', 'a.id', 'r.agency_id')
    .select(['p.id', 'p.full_name', 'r.role', 'a.path'])
    .where('r.role', 'in', roles as never[])
    .where('p.status', '=', 'active')
    .execute();
  // A grant covers the agency when the agency lies in the grant's subtree.
  return rows
    .filter((r) => agencyPath.startsWith(r.path))
    .map((r) => ({ id: r.id, fullName: r.full_name, role: r.role }));
}

/**
 * The actor of an account as a fully signed-in session would resolve it (two-factor passed), for
 * work the system does on someone's behalf: demo data, imports. Never used for a request.
 */
export async function actorForAccount(
  db: Executor,
  login: string,
): Promise<import('../../platform/auth').Actor | undefined> {
  const account = await db
    .selectFrom('accounts')
    .select(['id', 'kind'])
    .where((eb) => eb.or([eb('username', '=', login), eb('phone', '=', login), eb('email', '=', login)]))
    .executeTakeFirst();
  if (!account) return undefined;
  if (account.kind === 'citizen')
    return { kind: 'citizen', accountId: account.id, sessionId: 'system', actingOrganisationId: null };
  const grants = await db
    .selectFrom('staff_roles as r')
    .innerJoin('agencies as a', 'a.id', 'r.agency_id')
    .select(['r.role', 'r.agency_id', 'a.path'])
    .where('r.account_id', '=', account.id)
    .execute();
  return {
    kind: 'staff',
    accountId: account.id,
    sessionId: 'system',
    mfa: true,
    roles: grants.map((g) => ({ agencyId: g.agency_id, agencyPath: g.path, role: g.role })),
  };
}

export type AdminUnitSummary = { code: string; name: string; provinceCode: string; level: string };

/** An administrative unit in the reference list (after the 2025 reorganisation), or nothing. */
export async function findAdminUnitSummary(
  db: Executor,
  code: string,
): Promise<AdminUnitSummary | undefined> {
  const u = await findAdminUnit(db, code);
  return u ? { code: u.code, name: u.name, provinceCode: u.province_code, level: u.level } : undefined;
}
