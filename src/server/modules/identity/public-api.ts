import type { Executor } from '../../platform/db';
import { findAccount } from './repo/accounts.repo';
import { findAdminUnit } from './repo/admin-units.repo';
import { findAgency, findAgencyByOrgId } from './repo/agencies.repo';

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
  const a = await findAgency(db, id);
  return a ? summary(a) : undefined;
}

export async function findAgencyWithOrgId(db: Executor, orgId: string): Promise<AgencySummary | undefined> {
  const a = await findAgencyByOrgId(db, orgId);
  return a ? summary(a) : undefined;
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

export async function findPersonById(db: Executor, accountId: string): Promise<PersonSummary | undefined> {
  const p = await findAccount(db, accountId);
  if (!p) return undefined;
  const unit = p.address_unit_code ? await findAdminUnit(db, p.address_unit_code) : undefined;
  return {
    id: p.id,
    kind: p.kind,
    fullName: p.full_name,
    phone: p.phone,
    email: p.email,
    personalId: p.personal_id,
    dateOfBirth: p.date_of_birth,
    sex: p.sex,
    address: { unitCode: p.address_unit_code, unitName: unit?.name ?? null, line: p.address_line },
    identityVerifiedBy: p.identity_verified_by,
  };
}
