import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor, authorize, type StaffRole } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { IdentityDeps, RequestContext } from '../deps';
import { assertStrongPassword, hashPassword } from '../lib/passwords';
import { identityPolicy } from '../policy';
import {
  findAccount,
  findAccountByLogin,
  insertAccount,
  listStaffOfAgency,
  replaceRoles,
} from '../repo/accounts.repo';
import { findAgency } from '../repo/agencies.repo';

async function agencyInScope(
  actor: Actor,
  agencyId: string,
  action: 'staff.list' | 'staff.manage',
  deps: Pick<IdentityDeps, 'db'>,
) {
  const agency = await findAgency(deps.db, agencyId);
  if (!agency) throw new AppError('NOT_FOUND');
  authorize(identityPolicy, actor, action, { agencyPath: agency.path });
  return agency;
}

/** Only a system administrator hands out the system-administrator role. */
function assertGrantable(actor: Actor, roles: StaffRole[]) {
  const isSystemAdmin = actor.kind === 'staff' && actor.roles.some((g) => g.role === 'system_admin');
  if (roles.includes('system_admin') && !isSystemAdmin) throw new AppError('FORBIDDEN');
}

export async function listStaff(input: { actor: Actor; agencyId: string }, deps: Pick<IdentityDeps, 'db'>) {
  await agencyInScope(input.actor, input.agencyId, 'staff.list', deps);
  const rows = await listStaffOfAgency(deps.db, input.agencyId);
  const byId = new Map<
    string,
    {
      id: string;
      username: string | null;
      fullName: string;
      email: string | null;
      status: string;
      mfaEnrolled: boolean;
      roles: StaffRole[];
    }
  >();
  for (const r of rows) {
    const entry = byId.get(r.id) ?? {
      id: r.id,
      username: r.username,
      fullName: r.full_name,
      email: r.email,
      status: r.status,
      mfaEnrolled: r.totp_enabled_at != null,
      roles: [],
    };
    entry.roles.push(r.role);
    byId.set(r.id, entry);
  }
  return [...byId.values()];
}

export async function createStaff(
  input: {
    actor: Actor;
    agencyId: string;
    staff: {
      username: string;
      fullName: string;
      email?: string | undefined;
      password: string;
      roles: StaffRole[];
    };
    context: RequestContext;
  },
  deps: Pick<IdentityDeps, 'db'>,
) {
  const agency = await agencyInScope(input.actor, input.agencyId, 'staff.manage', deps);
  assertGrantable(input.actor, input.staff.roles);
  const { staff } = input;
  assertStrongPassword(staff.password, [staff.username]);
  if (
    (await findAccountByLogin(deps.db, staff.username)) ||
    (staff.email && (await findAccountByLogin(deps.db, staff.email)))
  )
    throw new AppError('CONFLICT', {
      vi: 'Tên đăng nhập hoặc e-mail đã tồn tại.',
      en: 'The username or e-mail already exists.',
    });
  const passwordHash = await hashPassword(staff.password);
  const id = await deps.db.transaction().execute(async (trx) => {
    const { id } = await insertAccount(trx, {
      kind: 'staff',
      username: staff.username,
      email: staff.email?.toLowerCase() ?? null,
      full_name: staff.fullName,
      password_hash: passwordHash,
      status: 'active',
      activated_at: new Date(),
    });
    await replaceRoles(trx, id, agency.id, staff.roles);
    await appendAudit(trx, {
      actor: auditActor(input.actor),
      action: 'staff.created',
      subject: { type: 'account', id },
      agencyId: agency.id,
      data: { username: staff.username, roles: staff.roles },
      requestId: input.context.requestId,
      ip: input.context.ip,
    });
    return id;
  });
  return (await listStaff({ actor: input.actor, agencyId: agency.id }, deps)).find((s) => s.id === id)!;
}

/** Replaces a person's roles in one agency; the change is audited as a role change. */
export async function setStaffRoles(
  input: { actor: Actor; agencyId: string; accountId: string; roles: StaffRole[]; context: RequestContext },
  deps: Pick<IdentityDeps, 'db' | 'sessionCache'>,
) {
  const agency = await agencyInScope(input.actor, input.agencyId, 'staff.manage', deps);
  assertGrantable(input.actor, input.roles);
  const account = await findAccount(deps.db, input.accountId);
  if (account?.kind !== 'staff') throw new AppError('NOT_FOUND');
  const before = (await listStaffOfAgency(deps.db, agency.id))
    .filter((r) => r.id === account.id)
    .map((r) => r.role);
  await deps.db.transaction().execute(async (trx) => {
    await replaceRoles(trx, account.id, agency.id, input.roles);
    await appendAudit(trx, {
      actor: auditActor(input.actor),
      action: 'staff.roles_changed',
      subject: { type: 'account', id: account.id },
      agencyId: agency.id,
      data: { before, after: input.roles },
      requestId: input.context.requestId,
      ip: input.context.ip,
    });
  });
  deps.sessionCache.forgetAccount(account.id);
  return { accountId: account.id, roles: input.roles };
}
