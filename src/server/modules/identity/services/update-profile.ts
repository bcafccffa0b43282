import { checkPersonalId, personalIdMessages } from '../../../../contracts/personal-id';
import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor } from '../../../platform/auth';
import { AppError, type ErrorField } from '../../../platform/errors';
import type { IdentityDeps, RequestContext } from '../deps';
import { findAccount, findAccountByPersonalId, updateAccount } from '../repo/accounts.repo';
import { findAdminUnit } from '../repo/admin-units.repo';

export type ProfileChanges = {
  fullName?: string | undefined;
  personalId?: string | undefined;
  dateOfBirth?: string | undefined;
  sex?: 'male' | 'female' | undefined;
  addressUnitCode?: string | undefined;
  addressLine?: string | undefined;
};

/**
 * Updates the person's own profile. The identification number must agree with the sex and date of
 * birth (as they will be after the change); an eID-verified identity cannot be edited by hand.
 */
export async function updateProfile(
  input: { actor: Actor; changes: ProfileChanges; context: RequestContext },
  deps: Pick<IdentityDeps, 'db'>,
) {
  const { actor, changes } = input;
  if (actor.kind !== 'citizen' && actor.kind !== 'staff') throw new AppError('UNAUTHENTICATED');
  const account = await findAccount(deps.db, actor.accountId);
  if (!account) throw new AppError('UNAUTHENTICATED');
  const fields: ErrorField[] = [];
  const touchesIdentity =
    changes.personalId !== undefined ||
    changes.dateOfBirth !== undefined ||
    changes.sex !== undefined ||
    changes.fullName !== undefined;
  if (account.identity_verified_by === 'eid' && touchesIdentity)
    throw new AppError('CONFLICT', {
      vi: 'Thông tin định danh đã được xác thực qua tài khoản định danh điện tử, không sửa thủ công được.',
      en: 'The identity was verified through the national eID and cannot be edited by hand.',
    });
  const personalId = changes.personalId ?? account.personal_id;
  const sex = changes.sex ?? account.sex;
  const dateOfBirth = changes.dateOfBirth ?? account.date_of_birth;
  if (personalId) {
    for (const p of checkPersonalId(personalId, { sex, dateOfBirth }))
      fields.push({
        path: p === 'sex' ? 'body.sex' : p === 'birth_year' ? 'body.dateOfBirth' : 'body.personalId',
        ...personalIdMessages[p],
      });
  }
  if (dateOfBirth && (dateOfBirth > new Date().toISOString().slice(0, 10) || dateOfBirth < '1900-01-01'))
    fields.push({
      path: 'body.dateOfBirth',
      vi: 'Ngày sinh không hợp lệ.',
      en: 'The date of birth is not valid.',
    });
  if (changes.addressUnitCode) {
    const unit = await findAdminUnit(deps.db, changes.addressUnitCode);
    if (unit?.level !== 'commune')
      fields.push({
        path: 'body.addressUnitCode',
        vi: 'Mã đơn vị hành chính cấp xã không tồn tại.',
        en: 'There is no commune-level unit with this code.',
      });
  }
  if (changes.personalId && changes.personalId !== account.personal_id) {
    const other = await findAccountByPersonalId(deps.db, changes.personalId);
    if (other && other.id !== account.id)
      fields.push({
        path: 'body.personalId',
        vi: 'Số định danh này đã gắn với một tài khoản khác.',
        en: 'This identification number belongs to another account.',
      });
  }
  if (fields.length)
    throw new AppError('VALIDATION_FAILED', {
      vi: fields.map((f) => f.vi).join(' '),
      en: fields.map((f) => f.en).join(' '),
      fields,
    });

  await deps.db.transaction().execute(async (trx) => {
    await updateAccount(trx, account.id, {
      ...(changes.fullName !== undefined ? { full_name: changes.fullName } : {}),
      ...(changes.personalId !== undefined ? { personal_id: changes.personalId } : {}),
      ...(changes.dateOfBirth !== undefined ? { date_of_birth: changes.dateOfBirth } : {}),
      ...(changes.sex !== undefined ? { sex: changes.sex } : {}),
      ...(changes.addressUnitCode !== undefined ? { address_unit_code: changes.addressUnitCode } : {}),
      ...(changes.addressLine !== undefined ? { address_line: changes.addressLine } : {}),
    });
    await appendAudit(trx, {
      actor: auditActor(actor),
      action: 'account.profile_updated',
      subject: { type: 'account', id: account.id },
      data: { fields: Object.keys(changes) },
      requestId: input.context.requestId,
      ip: input.context.ip,
    });
  });
}
