import { type Actor, auditActor } from '../../../platform/auth';
import type { RequestContext, SigningDeps } from '../deps';
import { storeCertificate } from '../lib/store-certificate';
import { keySpecOf } from '../pki/keys';
import { findCertificate } from '../repo/certificates.repo';
import type { CertificateKind } from '../tables';
import { resolveHolder } from './issue-demo-certificate';
import { presentCertificate } from './present';

/**
 * Imports a certificate delivered as PKCS#12 (.p12/.pfx) by a certification service provider, including
 * the legacy RC2/3DES files. Refused, with nothing stored: a wrong password, a damaged file, a key
 * without its certificate, an expired or not-yet-valid certificate, one without digitalSignature.
 */
export async function importCertificate(
  input: {
    actor: Actor;
    kind: CertificateKind;
    agencyId: string;
    accountId?: string | undefined;
    p12: Uint8Array;
    password: string;
    context: RequestContext;
  },
  deps: Pick<SigningDeps, 'db' | 'config' | 'pki'>,
) {
  const { agency, person } = await resolveHolder(input, deps.db);
  // Loaded on first use, not at start-up: pdf-lib and asn1js weigh on idle memory (bench/README.md).
  const [{ assertCanSign }, { importPkcs12 }] = await Promise.all([
    import('../pades/sign-pdf'),
    import('../pki/pkcs12'),
  ]);
  const identity = importPkcs12(input.p12, input.password);
  assertCanSign(identity.cert, new Date());
  const d = identity.privateKey.asymmetricKeyDetails;
  const keySpec =
    keySpecOf(identity.privateKey) ??
    (identity.privateKey.asymmetricKeyType === 'rsa' ? `RSA-${d?.modulusLength}` : `EC-${d?.namedCurve}`);
  const id = await deps.db.transaction().execute((trx) =>
    storeCertificate(trx, deps.config.keyEncryptionKey, {
      kind: input.kind,
      accountId: person?.id ?? null,
      agency: { id: agency.id, path: agency.path },
      source: 'pkcs12',
      cert: identity.cert,
      chain: identity.chain,
      keySpec,
      pkcs8: identity.pkcs8,
      actor: auditActor(input.actor),
      requestId: input.context.requestId,
      ip: input.context.ip,
    }),
  );
  deps.pki.invalidateTrust();
  return presentCertificate((await findCertificate(deps.db, id))!);
}
