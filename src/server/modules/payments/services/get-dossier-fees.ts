import { type DossierState, stateInfo } from '../../../../contracts/dossier-workflow';
import type { DossierFees } from '../../../../contracts/payments';
import { type Actor, can } from '../../../platform/auth';
import type { DossierSummary } from '../../dossiers';
import { findAgencyById } from '../../identity';
import type { PaymentDeps } from '../deps';
import { paymentsPolicy } from '../policy';
import { listOrdersOfDossier } from '../repo/orders.repo';
import { assessDossierFees } from './assess-dossier-fees';
import { dossierFor } from './dossier-access';
import { presentOrder } from './present';

/** A dossier still open to payment: not refused, withdrawn, stopped or handed over. */
export const isOpen = (d: DossierSummary) => !stateInfo[d.state as DossierState]?.terminal;

/** GET /dossiers/{id}/fees: what the dossier owes, what was paid, and its payment orders. */
export async function getDossierFees(
  input: { actor: Actor; dossierId: string },
  deps: Pick<PaymentDeps, 'db' | 'gateway'>,
): Promise<DossierFees> {
  const dossier = await dossierFor(deps.db, input.actor, input.dossierId, 'fees.view');
  const assessment = await assessDossierFees(deps.db, dossier);
  const orders = await listOrdersOfDossier(deps.db, dossier.id);
  const paid = orders.filter((o) => o.status === 'paid').reduce((s, o) => s + Number(o.amount), 0);
  const outstanding = Math.max(0, assessment.total - paid);
  const desk =
    input.actor.kind === 'staff' &&
    outstanding > 0 &&
    isOpen(dossier) &&
    can(paymentsPolicy, input.actor, 'payment.collect_cash', {
      agencyPath: (await findAgencyById(deps.db, dossier.agencyId))?.path ?? null,
    });
  return {
    dossierId: dossier.id,
    dossierCode: dossier.code,
    assessment,
    paid,
    outstanding,
    status: assessment.total === 0 && paid === 0 ? 'free' : outstanding > 0 ? 'unpaid' : 'paid',
    canPayOnline:
      outstanding > 0 &&
      isOpen(dossier) &&
      Boolean(deps.gateway) &&
      input.actor.kind === 'citizen' &&
      input.actor.accountId === dossier.applicantAccountId,
    canCollectCash: desk,
    feeRequested: dossier.state === 'fee_requested',
    orders: orders.map(presentOrder),
  };
}
