import type { RateRequest } from '../../../../contracts/feedback';
import { contactInfo } from '../../../../contracts/feedback';
import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { listDossierContacts } from '../../dossiers';
import type { FeedbackDeps, RequestInfo } from '../deps';
import { contactSlots, windowClosesAt } from '../lib/contacts';
import { getRuleInForce } from '../lib/rules';
import { insertRating, listRatingsOfDossier, lockDossierRatings } from '../repo/ratings.repo';
import { dossierForApplicant } from './dossier-access';
import { listDossierRatings } from './list-dossier-ratings';

/**
 * The applicant rates one contact point of their dossier. Ratings are append-only: a second rating
 * of the same contact within its window is a correction, a new row that names the one it replaces
 * (both stay, the audit log says who changed what); after the window nothing more is accepted.
 * Anyone but the applicant is refused and the attempt is audited.
 */
export async function rateDossier(
  input: { actor: Actor; dossierId: string; rating: RateRequest; request: RequestInfo; now?: Date },
  deps: Pick<FeedbackDeps, 'db'>,
) {
  const now = input.now ?? new Date();
  const { dossier, agencyPath } = await dossierForApplicant(deps.db, {
    actor: input.actor,
    dossierId: input.dossierId,
    audit: { action: 'feedback.rate_refused', request: input.request },
  });
  const { contact, level } = input.rating;
  const slot = contactSlots(dossier, await listDossierContacts(deps.db, dossier.id)).find(
    (s) => s.contact === contact,
  )!;
  if (!slot.at)
    throw new AppError('INVALID_TRANSITION', {
      vi:
        contact === 'result'
          ? 'Chỉ đánh giá kết quả khi hồ sơ đã có kết quả hoặc đã trả kết quả.'
          : `Hồ sơ chưa có bước "${contactInfo[contact].vi}" để đánh giá.`,
      en:
        contact === 'result'
          ? 'The result can be rated once it is ready or handed over.'
          : `The dossier has had no "${contactInfo[contact].en}" to rate.`,
      extra: { state: dossier.state, contact },
    });
  const rule = await getRuleInForce(deps.db, slot.at);
  const closesAt = windowClosesAt(slot.at, rule.windowDays);
  if (now >= closesAt)
    throw new AppError('CONFLICT', {
      vi: `Đã hết thời hạn đánh giá (${rule.windowDays} ngày kể từ ${contactInfo[contact].vi.toLocaleLowerCase('vi')}).`,
      en: `The rating window (${rule.windowDays} days) has closed.`,
      extra: { closesAt: closesAt.toISOString() },
    });
  const comment = input.rating.comment?.trim() || null;
  if (comment && comment.length > rule.commentMax)
    throw new AppError('VALIDATION_FAILED', {
      fields: [
        {
          path: 'body.comment',
          vi: `Tối đa ${rule.commentMax} ký tự.`,
          en: `At most ${rule.commentMax} characters.`,
        },
      ],
    });
  const levelInfo = rule.levels.find((l) => l.level === level);
  if (!levelInfo)
    throw new AppError('VALIDATION_FAILED', {
      fields: [
        { path: 'body.level', vi: 'Mức đánh giá không có trong thang.', en: 'Not a level of the scale.' },
      ],
    });

  await deps.db.transaction().execute(async (trx) => {
    await lockDossierRatings(trx, dossier.id);
    const own = (await listRatingsOfDossier(trx, dossier.id)).filter((r) => r.contact === contact);
    const replaced = new Set(own.map((r) => r.supersedes));
    const current = own.find((r) => !replaced.has(r.id));
    const row = await insertRating(trx, {
      dossier_id: dossier.id,
      agency_id: dossier.agencyId,
      agency_path: agencyPath,
      contact,
      official_id: slot.officialId,
      citizen_account_id: dossier.applicantAccountId!,
      level,
      satisfied: levelInfo.satisfied,
      comment,
      rule_id: rule.id,
      supersedes: current?.id ?? null,
      contact_at: slot.at!,
      // Two ratings sent at once are ordered by the lock, not by their clocks: a correction is
      // never dated before the rating it replaces, so the history reads in the order they stand.
      created_at: current && current.created_at >= now ? new Date(current.created_at.getTime() + 1) : now,
    });
    await appendAudit(trx, {
      actor: auditActor(input.actor),
      action: current ? 'feedback.rating_corrected' : 'feedback.rated',
      subject: { type: 'dossier', id: dossier.id },
      agencyId: dossier.agencyId,
      data: {
        code: dossier.code,
        contact,
        level,
        rating: row.id,
        ...(current ? { replaces: current.id, previousLevel: current.level } : {}),
      },
      requestId: input.request.requestId,
      ip: input.request.ip,
    });
  });
  return listDossierRatings({ actor: input.actor, dossierId: dossier.id, now }, deps);
}
