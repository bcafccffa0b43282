import type { Actor } from '../../../platform/auth';
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
  input: { actor: Actor; dossierId: string; release: boolean },
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
    if (input.release) {
      if (d.claimed_by === me) await updateDossier(trx, d.id, { claimed_by: null, claimed_at: null });
      return { claimedBy: null };
    }
    await updateDossier(trx, d.id, { claimed_by: me, claimed_at: now });
    return { claimedBy: me };
  });
}
