import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { DossierDeps } from '../deps';
import { CLAIM_MINUTES } from '../lib/claim-view';
import { canView, capacities } from '../lib/performer';
import { lockDossier, updateDossier } from '../repo/dossiers.repo';

/**
 * Takes (or releases) a dossier so that one official works on it at a time. A claim left idle for
 * CLAIM_MINUTES lapses; acting on the dossier renews or releases it.
 */
export async function claimDossier(
  input: { actor: Actor; dossierId: string; release: boolean; requestId?: string },
  deps: Pick<DossierDeps, 'db'>,
) {
  const { actor } = input;
  return deps.db.transaction().execute(async (trx) => {
    const d = await lockDossier(trx, input.dossierId);
    if (!d) throw new AppError('NOT_FOUND');
    const staff = capacities(actor, d).filter((c) => c.performer !== 'applicant');
    if (!staff.length) throw new AppError(canView(actor, d) ? 'FORBIDDEN' : 'NOT_FOUND');
    const me = staff[0]!.accountId!;
    const now = new Date();
    const heldByOther =
      d.claimed_by &&
      d.claimed_by !== me &&
      d.claimed_at &&
      now.getTime() - new Date(d.claimed_at).getTime() <= CLAIM_MINUTES * 60_000;
    if (heldByOther)
      throw new AppError('CONFLICT', {
        vi: 'Hồ sơ đang được một cán bộ khác xử lý.',
        en: 'Another official is working on this dossier.',
        extra: { claimed_by: d.claimed_by },
      });
    // Who held a dossier, and when, is part of its record (Mẫu 06 asks who had it): audited.
    const audit = (action: 'dossier.claim' | 'dossier.release') =>
      appendAudit(trx, {
        actor: auditActor(actor),
        action,
        subject: { type: 'dossier', id: d.id },
        agencyId: d.agency_id,
        data: { code: d.code },
        requestId: input.requestId ?? null,
      });
    if (input.release) {
      if (d.claimed_by === me) {
        await updateDossier(trx, d.id, { claimed_by: null, claimed_at: null });
        await audit('dossier.release');
      }
      return { claimedBy: null };
    }
    await updateDossier(trx, d.id, { claimed_by: me, claimed_at: now });
    // Renewing one's own live claim is not a new hand-over.
    if (d.claimed_by !== me || isLapsed(d, now)) await audit('dossier.claim');
    return { claimedBy: me };
  });
}

/** A claim that lapsed (or none) counts as taken anew. */
function isLapsed(d: { claimed_at: Date | null }, now: Date) {
  return !d.claimed_at || now.getTime() - new Date(d.claimed_at).getTime() > CLAIM_MINUTES * 60_000;
}
