import type { Policy } from '../../platform/auth';

/**
 * Who may do what with ratings and complaints; enforced in the services.
 *
 * - Only the dossier's applicant account rates it (checked against the dossier, not a rule: a system
 *   admin would pass any staff rule, and nobody but the applicant may judge the service they got).
 * - A complaint is submitted by a signed-in citizen; its author reads it.
 * - The one-stop officials of the agency (or above it) read the inbox and move complaints along;
 *   their leaders and agency admins read the statistics.
 */
export const feedbackPolicy = {
  'complaint.read': { citizen: 'own', staff: ['receiver', 'specialist', 'leader', 'agency_admin'] },
  'complaint.handle': { staff: ['receiver', 'specialist', 'leader'] },
  'complaint.close': { citizen: 'own', staff: ['receiver', 'specialist', 'leader'] },
  'feedback.statistics': { staff: ['receiver', 'specialist', 'leader', 'agency_admin', 'ioc_viewer'] },
} satisfies Policy;
