import type { SigningDeps } from '../deps';
import { builtInCaOff } from '../lib/runtime';
import type { CaMember } from '../pki/ca-store';
import type { CertStatus } from '../pki/ocsp';
import { findIssued } from '../repo/issued.repo';

/** The built-in CA's current CRL (issuing CA, or the root's for the issuing CA certificate). */
export async function currentCrl(input: { ca: 'issuing' | 'root' }, deps: Pick<SigningDeps, 'pki'>) {
  const crls = await deps.pki.crls();
  if (!crls) throw builtInCaOff();
  return crls[input.ca];
}

/** One of the built-in CA's certificates (DER), for AIA "CA Issuers" and for people to install. */
export async function caCertificate(
  input: { which: 'root' | 'issuing' | 'tsa' },
  deps: Pick<SigningDeps, 'pki'>,
) {
  const ca = await deps.pki.ca();
  return ca[input.which].cert.der;
}

/** The OCSP responder of the built-in CA (RFC 6960), answering from its register. */
export async function answerOcsp(input: { body: Uint8Array }, deps: Pick<SigningDeps, 'db' | 'pki'>) {
  const ca = await deps.pki.ca();
  const issuerName = (m: CaMember) => (m === ca.root ? 'root' : 'issuing');
  // pkijs is loaded on the first OCSP request, not at start-up (idle memory, bench/README.md).
  const { respondToOcspRequest } = await import('../pki/ocsp');
  return respondToOcspRequest(
    input.body,
    [ca.issuing, ca.root],
    async (issuer, serialHex): Promise<CertStatus> => {
      const row = await findIssued(deps.db, ca.id, serialHex);
      if (row && row.issuer === issuerName(issuer) && row.revoked_at)
        return {
          status: 'revoked',
          revokedAt: new Date(row.revoked_at),
          reason: reasonCode(row.revocation_reason),
        };
      // Certificates the CA issued outside the register (the CLI's demo certificates) are not revoked.
      return { status: 'good' };
    },
  );
}

const reasonCode = (r: string | null) =>
  r
    ? (
        {
          unspecified: 0,
          keyCompromise: 1,
          affiliationChanged: 3,
          superseded: 4,
          cessationOfOperation: 5,
        } as Record<string, number>
      )[r]
    : undefined;

/** The RFC 3161 time-stamping unit of the built-in CA. */
export async function answerTimestamp(input: { body: Uint8Array }, deps: Pick<SigningDeps, 'pki'>) {
  const { respondToTimestampRequest } = await import('../pki/tsa');
  return respondToTimestampRequest(await deps.pki.ca(), input.body);
}
