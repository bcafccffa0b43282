/**
 * The verification report in the vocabulary of the EU DSS simple report (ETSI EN 319 102-1 §5.1.3):
 * a signature is TOTAL_PASSED, TOTAL_FAILED or INDETERMINATE with a sub-indication; each check
 * (building block) PASSED, FAILED or INDETERMINATE, or WARNING when it informs without deciding.
 * Every reason is given in Vietnamese and English.
 */
export type Indication = 'TOTAL_PASSED' | 'TOTAL_FAILED' | 'INDETERMINATE';
export type SubIndication =
  | 'FORMAT_FAILURE'
  | 'HASH_FAILURE'
  | 'SIG_CRYPTO_FAILURE'
  | 'REVOKED'
  | 'EXPIRED'
  | 'NOT_YET_VALID'
  | 'SIG_CONSTRAINTS_FAILURE'
  | 'CHAIN_CONSTRAINTS_FAILURE'
  | 'CRYPTO_CONSTRAINTS_FAILURE_NO_POE'
  | 'NO_SIGNING_CERTIFICATE_FOUND'
  | 'NO_CERTIFICATE_CHAIN_FOUND'
  | 'REVOKED_NO_POE'
  | 'OUT_OF_BOUNDS_NO_POE'
  | 'TRY_LATER';
export type CheckStatus = 'PASSED' | 'FAILED' | 'INDETERMINATE' | 'WARNING';
export type CheckId =
  | 'FORMAT'
  | 'INTEGRITY'
  | 'SIGNATURE'
  | 'SIGNING_CERTIFICATE'
  | 'TIMESTAMP'
  | 'CHAIN'
  | 'VALIDITY'
  | 'REVOCATION'
  | 'KEY_USAGE'
  | 'MODIFICATIONS';

export type Message = { vi: string; en: string };
export type Check = { id: CheckId; status: CheckStatus } & Message;

export type CertificateSummary = {
  subject: string;
  commonName: string | null;
  organization: string | null;
  serialNumber: string;
  issuer: string;
  notBefore: string;
  notAfter: string;
  sha256: string;
};

export type SignatureReport = {
  fieldName: string;
  indication: Indication;
  subIndication: SubIndication | null;
  /** PAdES-BASELINE-B/-T, PKCS7-B/-T, or NOT-BASELINE. */
  signatureFormat: string;
  subFilter: string | null;
  claimedSigningTime: string | null;
  /** The time-stamp's time when it verifies, else the time of validation (DSS best-signature-time). */
  bestSignatureTime: string;
  timestamp: { time: string; tsa: string | null; valid: boolean } | null;
  signedBy: CertificateSummary | null;
  chain: { subject: string; serialNumber: string }[];
  trustAnchor: { subject: string; source: string | null } | null;
  revocation: {
    status: 'good' | 'revoked' | 'unknown';
    source: 'CRL' | 'OCSP' | null;
    revokedAt: string | null;
    issuedAt: string | null;
  } | null;
  /** How much of the file the signature covers; `revision` is 1-based. */
  coverage: 'ENTIRE_FILE' | 'ENTIRE_REVISION' | 'PARTIAL' | 'UNKNOWN';
  revision: number | null;
  modifications: {
    status: 'NONE' | 'ALLOWED' | 'DISALLOWED';
    changes: ({ allowed: boolean; page: number | null } & Message)[];
  };
  reason: string | null;
  location: string | null;
  page: number | null;
  visible: boolean;
  checks: Check[];
  errors: Message[];
  warnings: Message[];
};

export type DocumentReport = {
  sha256: string;
  size: number;
  revisions: number;
  signatureCount: number;
  /** True when there is at least one signature and every signature is TOTAL_PASSED. */
  valid: boolean;
  /** Bytes appended after the last signature's revision, if any (an unsigned later update). */
  unsignedTail: boolean;
  validatedAt: string;
  signatures: SignatureReport[];
};

/** Accumulates checks; the first FAILED decides TOTAL_FAILED, else the first INDETERMINATE. */
export class Findings {
  readonly checks: Check[] = [];
  readonly errors: Message[] = [];
  readonly warnings: Message[] = [];
  private failed: SubIndication | undefined;
  private undecided: SubIndication | undefined;

  pass(id: CheckId, m: Message) {
    this.checks.push({ id, status: 'PASSED', ...m });
  }
  warn(id: CheckId, m: Message) {
    this.checks.push({ id, status: 'WARNING', ...m });
    this.warnings.push(m);
  }
  note(m: Message) {
    this.warnings.push(m);
  }
  fail(id: CheckId, sub: SubIndication, m: Message) {
    this.checks.push({ id, status: 'FAILED', ...m });
    this.errors.push(m);
    this.failed ??= sub;
  }
  indeterminate(id: CheckId, sub: SubIndication, m: Message) {
    this.checks.push({ id, status: 'INDETERMINATE', ...m });
    this.errors.push(m);
    this.undecided ??= sub;
  }
  get hasFailed() {
    return this.failed !== undefined;
  }
  result(): { indication: Indication; subIndication: SubIndication | null } {
    if (this.failed) return { indication: 'TOTAL_FAILED', subIndication: this.failed };
    if (this.undecided) return { indication: 'INDETERMINATE', subIndication: this.undecided };
    return { indication: 'TOTAL_PASSED', subIndication: null };
  }
}
