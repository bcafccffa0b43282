import type { Policy } from '../../platform/auth';

/**
 * Who may do what with fees and payments; enforced in the services.
 *
 * - The applicant sees what their dossier owes and pays it online; so may nobody else.
 * - The receiver at the one-stop desk of the dossier's agency (or above it) records the fees paid in
 *   cash there, which issues the receipt, and refunds what a dossier paid and does not owe (through the
 *   gateway for an online payment, in cash for cash).
 * - Officials of the agency handling the dossier (or above it) see the fees, the payment orders and
 *   the receipts; out of scope is 404.
 * - The gateway's callbacks (IPN, return) carry no session: their signature is the authority.
 */
export const paymentsPolicy = {
  'fees.view': {
    citizen: 'own',
    staff: ['receiver', 'specialist', 'leader', 'agency_admin', 'ioc_viewer'],
    scope: 'dossiers:read',
  },
  'payment.start': { citizen: 'own' },
  'payment.collect_cash': { staff: ['receiver'] },
  'payment.refund': { staff: ['receiver'] },
  // The fee ledger: the desk hands over its cash, the leader and the accountant check the day.
  'fees.ledger': { staff: ['receiver', 'leader', 'agency_admin'] },
} satisfies Policy;
