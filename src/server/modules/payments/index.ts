import './tables';
import { PAYMENT_REFUNDED_TOPIC, PAYMENT_SETTLED_TOPIC } from '../../../contracts/payments';
import type { ModuleDefinition } from '../types';
import { paymentDeps, paymentsPlugin, paymentsRootPlugin } from './plugin';
import { findOrder } from './repo/orders.repo';
import { ensureReceipt } from './services/get-receipt';
import { notifyRefund } from './services/notify-refund';
import { RECONCILE_CRON, RECONCILE_QUEUE, reconcilePayments } from './services/reconcile-payments';

export const paymentsModule: ModuleDefinition = {
  name: 'payments',
  plugin: paymentsPlugin,
  rootPlugin: paymentsRootPlugin,
  registerJobs(platform) {
    const deps = paymentDeps(platform);
    // The receipt is rendered after the settlement commits, so the IPN is answered at once.
    platform.jobs.subscribe(PAYMENT_SETTLED_TOPIC, 'receipt', async (job) => {
      const order = await findOrder(deps.db, String(job.payload.orderId));
      if (order) await ensureReceipt(order, deps);
    });
    platform.jobs.subscribe(PAYMENT_REFUNDED_TOPIC, 'notify', (job) => notifyRefund(job, deps));
    platform.jobs.define(
      RECONCILE_QUEUE,
      async () => {
        const report = await reconcilePayments({}, deps);
        if (report.checked) deps.logger.info({ report }, 'payment reconciliation');
      },
      RECONCILE_CRON,
    );
  },
};
