import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor, authorize } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { PickupDeps } from '../deps';
import { queueNotice } from '../lib/notify';
import { presentPostal } from '../lib/present';
import { staffAgency } from '../lib/staff-desk';
import { pickupPolicy } from '../policy';
import { appendEvent } from '../repo/events.repo';
import { findPostal, listPostalOfAgency, lockPostal, updatePostal } from '../repo/postal.repo';

/** Postal deliveries handled by an agency, newest first. */
export async function listAgencyPostal(input: { actor: Actor; agencyId: string }, deps: PickupDeps) {
  const agency = await staffAgency(deps, input.actor, input.agencyId, 'desk.view');
  return (await listPostalOfAgency(deps.db, agency.id, 200)).map(presentPostal);
}

/**
 * Staff record the hand-over to the post office (with its tracking number: mã bưu gửi) and then
 * the delivery. requested → dispatched → delivered; anything else is a 409. The applicant is told of
 * the dispatch by notice and e-mail.
 */
export async function advancePostal(
  input: {
    actor: Actor;
    postalId: string;
    step: 'dispatch' | 'deliver';
    trackingNumber?: string;
    requestId: string;
  },
  deps: PickupDeps,
) {
  if (input.actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  const found = await findPostal(deps.db, input.postalId);
  authorize(pickupPolicy, input.actor, 'desk.serve', { agencyPath: found?.agency_path ?? '/unknown/' });
  if (!found) throw new AppError('NOT_FOUND');
  const from = input.step === 'dispatch' ? 'requested' : 'dispatched';
  const now = new Date();
  const row = await deps.db.transaction().execute(async (trx) => {
    const current = await lockPostal(trx, found.id);
    if (!current || current.status !== from)
      throw new AppError('INVALID_TRANSITION', { extra: { status: current?.status ?? null } });
    const updated =
      input.step === 'dispatch'
        ? await updatePostal(trx, found.id, {
            status: 'dispatched',
            tracking_number: input.trackingNumber ?? null,
            dispatched_at: now,
          })
        : await updatePostal(trx, found.id, { status: 'delivered', delivered_at: now });
    const actorId = input.actor.kind === 'staff' ? input.actor.accountId : null;
    await appendEvent(trx, {
      agencyId: found.agency_id,
      subjectType: 'postal',
      subjectId: found.id,
      kind: updated.status,
      actor: { type: 'staff', id: actorId },
      data: input.trackingNumber ? { trackingNumber: input.trackingNumber } : {},
    });
    await appendAudit(trx, {
      actor: auditActor(input.actor),
      action: `pickup.postal.${updated.status}`,
      subject: { type: 'pickup_postal', id: found.id },
      agencyId: found.agency_id,
      data: { dossierCode: found.dossier_code, trackingNumber: updated.tracking_number },
      requestId: input.requestId,
    });
    if (input.step === 'dispatch')
      await queueNotice(trx, found.agency_id, {
        accountId: found.account_id,
        dossierId: found.dossier_id,
        title: `Kết quả hồ sơ ${found.dossier_code} đã được gửi qua bưu điện`,
        body:
          `Kết quả hồ sơ ${found.dossier_code} đã được giao cho bưu điện, mã bưu gửi ${updated.tracking_number}. ` +
          `Phí ${found.fee_vnd.toLocaleString('vi-VN')} đồng trả khi nhận.`,
        bodyEn: `The result of dossier ${found.dossier_code} was posted, tracking number ${updated.tracking_number}; the fee is paid on delivery.`,
        path: `/ho-so-cua-toi/${found.dossier_id}`,
      });
    return updated;
  });
  if (input.step === 'dispatch') deps.jobs.kick();
  return presentPostal(row);
}
