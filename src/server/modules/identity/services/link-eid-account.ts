import { appendAudit } from '../../../platform/audit';
import type { Executor } from '../../../platform/db';
import type { RequestContext } from '../deps';
import { findEidLink, insertEidLink } from '../eid/eid.repo';
import type { EidPerson } from '../eid/eid-claims';
import {
  findAccount,
  findAccountByLogin,
  findAccountByPersonalId,
  insertAccount,
  updateAccount,
} from '../repo/accounts.repo';

export type EidAccount =
  | { kind: 'account'; accountId: string }
  | { kind: 'refused'; reason: 'staff_account' | 'disabled' | 'identity_mismatch' };

/**
 * Finds the account an eID person signs in to: the one linked to (issuer, sub), else the one
 * with the same personal identification number (then linked), else a new active citizen account.
 * The verified name, birth date and sex replace what the account held. Refusals write nothing.
 */
export async function linkEidAccount(
  trx: Executor,
  input: { issuer: string; person: EidPerson; context: RequestContext },
): Promise<EidAccount> {
  const { issuer, person, context } = input;
  const now = new Date();
  const link = await findEidLink(trx, issuer, person.subject);
  const account = link
    ? await findAccount(trx, link.account_id)
    : await findAccountByPersonalId(trx, person.personalId);
  const audit = (accountId: string, action: string, data: Record<string, unknown>) =>
    appendAudit(trx, {
      actor: { type: 'citizen', id: accountId },
      action,
      subject: { type: 'account', id: accountId },
      data,
      requestId: context.requestId,
      ip: context.ip,
    });

  if (!account) {
    // Contact details only when no other account signs in with them.
    const phone = person.phone && !(await findAccountByLogin(trx, person.phone)) ? person.phone : null;
    const email = person.email && !(await findAccountByLogin(trx, person.email)) ? person.email : null;
    const { id } = await insertAccount(trx, {
      kind: 'citizen',
      phone,
      email,
      full_name: person.fullName,
      status: 'active',
      activated_at: now,
      personal_id: person.personalId,
      date_of_birth: person.dateOfBirth,
      sex: person.sex,
      identity_verified_by: 'eid',
    });
    await insertEidLink(trx, { issuer, subject: person.subject, accountId: id });
    await audit(id, 'account.registered', { method: 'eid' });
    await audit(id, 'account.eid_linked', { issuer, subject: person.subject });
    return { kind: 'account', accountId: id };
  }

  // The eID never opens a staff account: staff sign in with a password and TOTP.
  if (account.kind === 'staff') return { kind: 'refused', reason: 'staff_account' };
  if (account.status === 'disabled') return { kind: 'refused', reason: 'disabled' };
  if (account.personal_id !== null && account.personal_id !== person.personalId)
    return { kind: 'refused', reason: 'identity_mismatch' };
  if (account.personal_id === null) {
    const holder = await findAccountByPersonalId(trx, person.personalId);
    if (holder && holder.id !== account.id) return { kind: 'refused', reason: 'identity_mismatch' };
  }

  await updateAccount(trx, account.id, {
    full_name: person.fullName,
    personal_id: person.personalId,
    date_of_birth: person.dateOfBirth ?? account.date_of_birth,
    sex: person.sex ?? account.sex,
    identity_verified_by: 'eid',
    status: 'active',
    activated_at: account.activated_at ?? now,
  });
  if (!link) {
    await insertEidLink(trx, { issuer, subject: person.subject, accountId: account.id });
    await audit(account.id, 'account.eid_linked', { issuer, subject: person.subject });
  }
  return { kind: 'account', accountId: account.id };
}
