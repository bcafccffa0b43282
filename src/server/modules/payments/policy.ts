import type { Policy } from '../../platform/auth';

/**
 * Who may do what with fees and payments; enforced in the services.
 *
 * - The applicant sees what their dossier owes and pays it online; so may nobody else (staff take
 *   payments at the desk, outside this module).
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
} satisfies Policy;
