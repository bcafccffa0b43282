import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { DossierSummary } from '../../dossiers';
import { findAdminUnitSummary, findAgencyById } from '../../identity';
import type { PickupDeps } from '../deps';
import { deskForDossier, pickupWindow } from '../lib/desk';
import { ownDossier } from '../lib/own-dossier';
import { presentPostal } from '../lib/present';
import { isUniqueViolation } from '../lib/refusal';
import { rejected } from '../lib/reject';
import { localDate } from '../lib/schedule';
import { findActiveBookingOfDossier } from '../repo/bookings.repo';
import { appendEvent } from '../repo/events.repo';
import { findActivePostalOfDossier, findPostalFee, insertPostal } from '../repo/postal.repo';
import { notBookable } from './list-free-slots';

const badUnit = () =>
  new AppError('VALIDATION_FAILED', {
    vi: 'Không có xã, phường này trong danh mục đơn vị hành chính hiện hành.',
    en: 'There is no such commune among the administrative units in force.',
    fields: [{ path: 'body.unitCode', vi: 'Chọn xã, phường hiện hành.', en: 'Choose a commune in force.' }],
  });

/**
 * The fee for delivering a dossier's result to a commune: within the province of the agency that
 * hands it out, or to another province. Amounts come from the fee table (the postal operator's
 * price list, configurable), the one in force today.
 */
async function quote(deps: PickupDeps, dossier: DossierSummary, unitCode: string, now: Date) {
  const unit = await findAdminUnitSummary(deps.db, unitCode);
  if (unit?.level !== 'commune') return undefined;
  const desk = await deskForDossier(deps.db, dossier);
  const agency = desk?.agency ?? (await findAgencyById(deps.db, dossier.agencyId));
  if (!agency) throw new AppError('NOT_FOUND');
  const agencyProvince = (await findAdminUnitSummary(deps.db, agency.adminUnitCode))?.provinceCode;
  const scope =
    agencyProvince === unit.provinceCode ? ('intra_province' as const) : ('inter_province' as const);
  const fee = await findPostalFee(deps.db, scope, localDate(now));
  if (!fee)
    throw new AppError('UNAVAILABLE', {
      vi: 'Chưa có biểu phí bưu chính.',
      en: 'No postal fee table in force.',
    });
  return { agency, unit, scope, fee };
}

export async function quotePostal(
  input: { actor: Actor; dossierId: string; unitCode: string; requestId: string; now?: Date },
  deps: PickupDeps,
) {
  const dossier = await ownDossier(deps, input, input.dossierId, 'pickup.postal_quote');
  const q = await quote(deps, dossier, input.unitCode, input.now ?? new Date());
  if (!q) throw badUnit();
  return { scope: q.scope, feeVnd: q.fee.fee_vnd, legalBasis: q.fee.legal_basis, unitName: q.unit.name };
}

/**
 * The applicant asks for the result by public postal service (bưu chính công ích, QĐ 45/2016/QĐ-TTg),
 * the fee paid to the postman on delivery. Refused while a pickup booking is active (one way of
 * receiving the result), for a dossier with nothing to deliver, or twice for one dossier.
 */
export async function requestPostal(
  input: {
    actor: Actor;
    requestId: string;
    body: { dossierId: string; recipientName: string; phone: string; addressLine: string; unitCode: string };
    now?: Date;
  },
  deps: PickupDeps,
) {
  const now = input.now ?? new Date();
  const dossier = await ownDossier(deps, input, input.body.dossierId, 'pickup.postal');
  const ctx = { ...input, agencyId: dossier.agencyId, subject: { type: 'dossier', id: dossier.id } };
  const window = pickupWindow(dossier, now);
  if (!window.eligible)
    throw await rejected(deps, ctx, 'pickup.postal', window.reason, notBookable(window.reason));
  const q = await quote(deps, dossier, input.body.unitCode, now);
  if (!q) throw await rejected(deps, ctx, 'pickup.postal', 'bad_unit', badUnit());
  const conflict = (reason: string, vi: string, en: string) =>
    rejected(deps, ctx, 'pickup.postal', reason, new AppError('CONFLICT', { vi, en, extra: { reason } }));
  if (await findActiveBookingOfDossier(deps.db, dossier.id))
    throw await conflict(
      'booking_active',
      'Hồ sơ đang có lịch nhận tại quầy; hãy hủy lịch trước khi đăng ký nhận qua bưu chính.',
      'The dossier has a pickup booking; cancel it before asking for postal delivery.',
    );
  const duplicate = () =>
    conflict(
      'already_requested',
      'Hồ sơ này đã đăng ký nhận kết quả qua bưu chính.',
      'Postal delivery was already requested for this dossier.',
    );
  if (await findActivePostalOfDossier(deps.db, dossier.id)) throw await duplicate();
  const accountId = dossier.applicantAccountId!;
  try {
    const row = await deps.db.transaction().execute(async (trx) => {
      const inserted = await insertPostal(trx, {
        agency_id: q.agency.id,
        agency_path: q.agency.path,
        dossier_id: dossier.id,
        dossier_code: dossier.code,
        account_id: accountId,
        recipient_name: input.body.recipientName,
        phone: input.body.phone,
        address_line: input.body.addressLine,
        unit_code: q.unit.code,
        unit_name: q.unit.name,
        scope: q.scope,
        fee_vnd: q.fee.fee_vnd,
        status: 'requested',
      });
      await appendEvent(trx, {
        agencyId: q.agency.id,
        subjectType: 'postal',
        subjectId: inserted.id,
        kind: 'requested',
        actor: { type: 'citizen', id: accountId },
        data: { unitCode: q.unit.code, feeVnd: q.fee.fee_vnd },
      });
      await appendAudit(trx, {
        actor: auditActor(input.actor),
        action: 'pickup.postal.requested',
        subject: { type: 'pickup_postal', id: inserted.id },
        agencyId: q.agency.id,
        data: { dossierCode: dossier.code, scope: q.scope, feeVnd: q.fee.fee_vnd },
        requestId: input.requestId,
      });
      return inserted;
    });
    return presentPostal(row);
  } catch (e) {
    if (isUniqueViolation(e)) throw await duplicate();
    throw e;
  }
}
