import { type Policy, STAFF_ROLES } from '../../platform/auth';

/** Who may do what in the signing module; enforced in its services. */
export const signingPolicy = {
  /** Public: CRL, OCSP, time-stamps, verification of any PDF and of a registered document. */
  'pki.public': { anonymous: true },
  'document.verify': { anonymous: true },
  /** An official's own certificate and signature image. */
  'certificate.manage_own': { staff: STAFF_ROLES },
  /** Certificates of an agency's officials and its seal; revocation. */
  'certificate.manage': { staff: ['agency_admin'] },
  'seal.manage': { staff: ['agency_admin'] },
  /** Seeing the seal image: those who manage it and those whose documents carry it. */
  'seal.read': { staff: ['agency_admin', 'clerk', 'leader'] },
  /** Registering a document for signature (the dossier module does it for results). */
  'document.register': {
    staff: ['specialist', 'leader', 'clerk', 'agency_admin'],
    scope: 'signing:register',
  },
  /** The leader's signature (người có thẩm quyền) and the agency seal (văn thư). */
  'document.sign_official': { staff: ['leader'] },
  'document.sign_seal': { staff: ['clerk', 'leader'] },
  'document.revoke': { staff: ['leader', 'agency_admin'] },
  'queue.read': { staff: ['leader', 'clerk'] },
  'copy.certify': { staff: ['receiver', 'clerk', 'leader'] },
  'book.read': { staff: ['receiver', 'clerk', 'leader', 'agency_admin'] },
  'rate.read': { staff: ['ioc_viewer', 'leader', 'agency_admin'], scope: 'ioc:read' },
  /** The national trust list: the platform's administrators only. */
  'trusted_root.manage': { staff: [] },
} satisfies Policy;
