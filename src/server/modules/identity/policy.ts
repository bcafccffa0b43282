import { type Policy, STAFF_ROLES } from '../../platform/auth';

/** Who may do what in the identity module; enforced in its services. */
export const identityPolicy = {
  'agency.create': { staff: ['agency_admin'] },
  'agency.update': { staff: ['agency_admin'] },
  'staff.list': { staff: ['agency_admin'] },
  'staff.manage': { staff: ['agency_admin'] },
  'api_token.manage': { staff: ['agency_admin'] },
  /** Staff opening a citizen's personal data: allowed for desk work, always audited. */
  'person.read': { staff: ['receiver', 'specialist', 'leader', 'clerk', 'agency_admin'] },
  /** Enrolling and verifying two-factor must work before two-factor is done. */
  'mfa.manage_own': { citizen: 'any', staff: STAFF_ROLES, mfa: false },
} satisfies Policy;
