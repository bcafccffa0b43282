import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor, authorize } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { IdentityDeps, RequestContext } from '../deps';
import { identityPolicy } from '../policy';
import { findAccount, findAccountByPersonalId } from '../repo/accounts.repo';
import { findAdminUnit } from '../repo/admin-units.repo';

/**
 * A desk official opens a citizen's record (walk-in intake, checking an applicant). Every such read
 * is written to the audit log with the official's agency and role, so the citizen can see it.
 */
export async function viewPerson(
  input: {
    actor: Actor;
    accountId?: string | undefined;
    personalId?: string | undefined;
    context: RequestContext;
  },
  deps: Pick<IdentityDeps, 'db'>,
) {
  authorize(identityPolicy, input.actor, 'person.read');
  const actor = input.actor as Extract<Actor, { kind: 'staff' }>;
  const person = input.accountId
    ? await findAccount(deps.db, input.accountId)
    : input.personalId
      ? await findAccountByPersonalId(deps.db, input.personalId)
      : undefined;
  if (person?.kind !== 'citizen') throw new AppError('NOT_FOUND');
  const grant =
    actor.roles.find((g) => identityPolicy['person.read'].staff.includes(g.role as never)) ?? actor.roles[0];
  await deps.db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor: auditActor(actor),
      action: 'person.viewed',
      subject: { type: 'account', id: person.id },
      agencyId: grant?.agencyId ?? null,
      data: { agencyId: grant?.agencyId, role: grant?.role, fields: ['identity', 'contact', 'address'] },
      requestId: input.context.requestId,
      ip: input.context.ip,
    }),
  );
  const unit = person.address_unit_code ? await findAdminUnit(deps.db, person.address_unit_code) : undefined;
  return {
    id: person.id,
    fullName: person.full_name,
    personalId: person.personal_id,
    dateOfBirth: person.date_of_birth,
    sex: person.sex,
    phone: person.phone,
    email: person.email,
    address: { unitCode: person.address_unit_code, unitName: unit?.name ?? null, line: person.address_line },
    identityVerifiedBy: person.identity_verified_by,
  };
}
