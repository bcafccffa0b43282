import type { z } from 'zod';
import type { Me } from '../../../../contracts/identity';
import type { Actor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { IdentityDeps } from '../deps';
import { findAccount, listRoleGrants } from '../repo/accounts.repo';
import { findAdminUnit } from '../repo/admin-units.repo';
import { listOrganisationsOf } from '../repo/organisations.repo';
import { findSession } from '../repo/sessions.repo';

export async function getMe(
  input: { actor: Actor },
  deps: Pick<IdentityDeps, 'db'>,
): Promise<z.infer<typeof Me>> {
  const { actor } = input;
  if (actor.kind !== 'citizen' && actor.kind !== 'staff') throw new AppError('UNAUTHENTICATED');
  const account = await findAccount(deps.db, actor.accountId);
  if (!account) throw new AppError('UNAUTHENTICATED');
  const session = await findSession(deps.db, actor.sessionId);
  if (!session) throw new AppError('UNAUTHENTICATED');
  const [grants, organisations, unit] = await Promise.all([
    listRoleGrants(deps.db, account.id),
    listOrganisationsOf(deps.db, account.id),
    account.address_unit_code ? findAdminUnit(deps.db, account.address_unit_code) : undefined,
  ]);
  const province = unit ? await findAdminUnit(deps.db, unit.province_code) : undefined;
  return {
    id: account.id,
    kind: account.kind,
    fullName: account.full_name,
    phone: account.phone,
    email: account.email,
    username: account.username,
    personalId: account.personal_id,
    dateOfBirth: account.date_of_birth,
    sex: account.sex,
    address: {
      unitCode: account.address_unit_code,
      unitName: unit?.name ?? null,
      provinceName: province?.name ?? null,
      line: account.address_line,
    },
    identityVerifiedBy: account.identity_verified_by,
    roles: grants.map((g) => ({
      agencyId: g.agency_id,
      agencyName: g.agency_name,
      orgId: g.org_id,
      role: g.role,
    })),
    organisations: organisations.map((o) => ({
      id: o.id,
      kind: o.kind,
      name: o.name,
      taxCode: o.tax_code,
      role: o.role,
    })),
    actingOrganisationId: actor.kind === 'citizen' ? actor.actingOrganisationId : null,
    mfa:
      actor.kind === 'citizen' ? 'none' : actor.mfa ? 'done' : account.totp_enabled_at ? 'verify' : 'enrol',
    csrfToken: session.csrf_token,
  };
}
