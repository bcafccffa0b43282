import { type DossierState, stateInfo } from '../../../../contracts/dossier-workflow';
import type { DossierFees } from '../../../../contracts/payments';
import { type Actor, can } from '../../../platform/auth';
import type { DossierSummary } from '../../dossiers';
import { findAgencyById } from '../../identity';
import type { PaymentDeps } from '../deps';
import { endedWithoutResult, grossPaid, netPaid, refundableByOrder } from '../lib/refundable';
import { paymentsPolicy } from '../policy';
import { listOrdersOfDossier } from '../repo/orders.repo';
import { listRefundsOfDossier } from '../repo/refunds.repo';
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
  const refunds = await listRefundsOfDossier(deps.db, dossier.id);
  const paid = netPaid(orders, refunds);
  const refunded = grossPaid(orders) - paid;
  const owes = endedWithoutResult(dossier.state) ? 0 : assessment.total;
  const outstanding = Math.max(0, owes - paid);
  const agencyPath =
    input.actor.kind === 'staff' ? ((await findAgencyById(deps.db, dossier.agencyId))?.path ?? null) : null;
  const may = (action: keyof typeof paymentsPolicy) =>
    input.actor.kind === 'staff' && can(paymentsPolicy, input.actor, action, { agencyPath });
  const desk = outstanding > 0 && isOpen(dossier) && may('payment.collect_cash');
  const refundable = may('payment.refund')
    ? refundableByOrder(orders, refunds, owes)
    : new Map<string, number>();
  return {
    dossierId: dossier.id,
    dossierCode: dossier.code,
    assessment,
    paid,
    refunded,
    outstanding,
    status:
      assessment.total === 0 && paid + refunded === 0
        ? 'free'
        : outstanding > 0
          ? 'unpaid'
          : paid > 0
            ? 'paid'
            : refunded > 0
              ? 'refunded'
              : 'none',
    canPayOnline:
      outstanding > 0 &&
      isOpen(dossier) &&
      Boolean(deps.gateway) &&
      input.actor.kind === 'citizen' &&
      input.actor.accountId === dossier.applicantAccountId,
    canCollectCash: desk,
    feeRequested: dossier.state === 'fee_requested',
    orders: orders.map((o) => presentOrder(o, refunds, refundable.get(o.id) ?? 0)),
  };
}
