import { z } from 'zod';

/** Signing: certificates, signature images, verification reports, registered documents, queue. */

export const KeySpec = z.enum(['RSA-2048', 'RSA-3072', 'ECDSA-P256']);
export const CertificateKind = z.enum(['official', 'seal']);
export const SigningLevel = z.enum(['B-B', 'B-T']);
export const SigningStep = z.enum(['official', 'seal', 'copy']);
export const DocumentKind = z.enum(['result', 'official_document', 'certified_copy', 'attachment']);
export const DocumentStatus = z.enum(['awaiting_signature', 'signed', 'revoked', 'superseded']);

export const signingStepLabels: Record<z.infer<typeof SigningStep>, { vi: string; en: string }> = {
  official: { vi: 'Chữ ký người có thẩm quyền', en: 'Signature of the authorised official' },
  seal: { vi: 'Chữ ký số cơ quan (dấu)', en: 'Agency seal signature' },
  copy: { vi: 'Chữ ký số bản sao', en: 'Copy signature' },
};

export const SigningCertificate = z.object({
  id: z.uuid(),
  kind: CertificateKind,
  accountId: z.uuid().nullable(),
  agencyId: z.uuid(),
  source: z.enum(['builtin_ca', 'pkcs12', 'remote']),
  subject: z.string(),
  commonName: z.string(),
  issuer: z.string(),
  serialNumber: z.string(),
  fingerprint: z.string(),
  keySpec: z.string(),
  notBefore: z.iso.datetime(),
  notAfter: z.iso.datetime(),
  status: z.enum(['active', 'superseded', 'revoked']),
  revokedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});

export const IssueDemoCertificateRequest = z
  .object({
    kind: CertificateKind,
    agencyId: z.uuid(),
    /** The official (kind `official`); defaults to the caller. */
    accountId: z.uuid().optional(),
    keySpec: KeySpec.default('RSA-2048'),
  })
  .strict();

export const RevokeCertificateRequest = z
  .object({
    reason: z
      .enum(['unspecified', 'keyCompromise', 'affiliationChanged', 'superseded', 'cessationOfOperation'])
      .default('unspecified'),
  })
  .strict();

export const SigningImage = z.object({
  sha256: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  uploadedAt: z.iso.datetime(),
});

const Msg = { vi: z.string(), en: z.string() };

export const CertificateSummary = z.object({
  subject: z.string(),
  commonName: z.string().nullable(),
  organization: z.string().nullable(),
  serialNumber: z.string(),
  issuer: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  sha256: z.string(),
});

export const Indication = z.enum(['TOTAL_PASSED', 'TOTAL_FAILED', 'INDETERMINATE']);

export const SignatureReport = z.object({
  fieldName: z.string(),
  indication: Indication,
  subIndication: z.string().nullable(),
  signatureFormat: z.string(),
  subFilter: z.string().nullable(),
  claimedSigningTime: z.string().nullable(),
  bestSignatureTime: z.string(),
  timestamp: z.object({ time: z.string(), tsa: z.string().nullable(), valid: z.boolean() }).nullable(),
  signedBy: CertificateSummary.nullable(),
  chain: z.array(z.object({ subject: z.string(), serialNumber: z.string() })),
  trustAnchor: z.object({ subject: z.string(), source: z.string().nullable() }).nullable(),
  revocation: z
    .object({
      status: z.enum(['good', 'revoked', 'unknown']),
      source: z.enum(['CRL', 'OCSP']).nullable(),
      revokedAt: z.string().nullable(),
      issuedAt: z.string().nullable(),
    })
    .nullable(),
  coverage: z.enum(['ENTIRE_FILE', 'ENTIRE_REVISION', 'PARTIAL', 'UNKNOWN']),
  revision: z.number().int().nullable(),
  modifications: z.object({
    status: z.enum(['NONE', 'ALLOWED', 'DISALLOWED']),
    changes: z.array(z.object({ allowed: z.boolean(), page: z.number().int().nullable(), ...Msg })),
  }),
  reason: z.string().nullable(),
  location: z.string().nullable(),
  page: z.number().int().nullable(),
  visible: z.boolean(),
  checks: z.array(
    z.object({ id: z.string(), status: z.enum(['PASSED', 'FAILED', 'INDETERMINATE', 'WARNING']), ...Msg }),
  ),
  errors: z.array(z.object(Msg)),
  warnings: z.array(z.object(Msg)),
});

export const DocumentReport = z.object({
  sha256: z.string(),
  size: z.number().int(),
  revisions: z.number().int(),
  signatureCount: z.number().int(),
  valid: z.boolean(),
  unsignedTail: z.boolean(),
  validatedAt: z.string(),
  signatures: z.array(SignatureReport),
});

/** The registered record a QR link shows: who issued it, when, and whether it still stands. */
export const RegisteredDocument = z.object({
  id: z.uuid(),
  kind: DocumentKind,
  title: z.string(),
  documentNumber: z.string().nullable(),
  agency: z.object({ id: z.uuid(), name: z.string().nullable(), orgId: z.string().nullable() }),
  status: DocumentStatus,
  issuedAt: z.iso.datetime().nullable(),
  registeredAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
  revocationReason: z.string().nullable(),
  supersededBy: z.uuid().nullable(),
  sha256: z.string(),
  /**
   * The page the QR code opens (`/xac-minh/<id>?hash=<first revision>`). Given only to those who hold
   * the link or the file itself, from which the hash can be computed anyway.
   */
  verificationPath: z.string(),
  signatures: z.array(
    z.object({
      step: SigningStep,
      signedBy: z.string().nullable(),
      signingTime: z.iso.datetime(),
      level: SigningLevel,
    }),
  ),
});

export const VerificationResponse = z.object({
  report: DocumentReport,
  /** The registered records this file is a version of (matched by its first revision). */
  registered: z.array(RegisteredDocument),
  /** True when the uploaded file is exactly the latest registered version. */
  isLatestVersion: z.boolean(),
});

export const DocumentVerificationResponse = z.object({
  document: RegisteredDocument,
  report: DocumentReport,
  fileUrl: z.string(),
});

export const QueueItem = z.object({
  id: z.uuid(),
  kind: DocumentKind,
  title: z.string(),
  documentNumber: z.string().nullable(),
  reference: z.string().nullable(),
  agencyId: z.uuid(),
  nextStep: SigningStep,
  stepsDone: z.number().int(),
  steps: z.array(SigningStep),
  registeredAt: z.iso.datetime(),
  fileUrl: z.string(),
});

export const BatchSignRequest = z
  .object({
    documentIds: z.array(z.uuid()).min(1).max(50),
    level: SigningLevel.optional(),
  })
  .strict();

export const BatchSignResult = z.object({
  signed: z.number().int(),
  failed: z.number().int(),
  items: z.array(
    z.object({
      id: z.uuid(),
      ok: z.boolean(),
      step: SigningStep.nullable(),
      status: DocumentStatus.nullable(),
      error: z.object(Msg).nullable(),
    }),
  ),
});

export const SigningRate = z.object({
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  items: z.array(
    z.object({
      agencyId: z.uuid(),
      agencyName: z.string().nullable(),
      issued: z.number().int(),
      signed: z.number().int(),
      rate: z.number().nullable(),
    }),
  ),
});

export const RevokeDocumentRequest = z
  .object({
    reason: z.string().trim().min(3).max(500),
    supersededBy: z.uuid().optional(),
  })
  .strict();

export const TrustedRoot = z.object({
  fingerprint: z.string(),
  subject: z.string(),
  note: z.string().nullable(),
  source: z.string(),
});

export const CertifiedCopy = z.object({
  documentId: z.uuid(),
  /** Số chứng thực, e.g. "12/2026/SCT-BS". */
  bookNumber: z.string(),
  status: z.enum(['awaiting_signature', 'signed']),
  verificationUrl: z.string(),
});

export const CertificationBookEntry = z.object({
  number: z.string(),
  seq: z.number().int(),
  documentId: z.uuid(),
  title: z.string(),
  requesterName: z.string(),
  certifiedBy: z.uuid(),
  feeVnd: z.number().int(),
  certifiedAt: z.iso.datetime(),
});
