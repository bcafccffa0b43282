import { createHash } from 'node:crypto';
import type { CaMember } from './ca-store';
import { bitStringBytes, type ParsedCert, verifySignedStructure } from './certificate';
import { ab, children, integer } from './der';
import { signingAlgorithm } from './keys';
import { x509 } from './x509';

export type RevokedEntry = { serialHex: string; revokedAt: Date; reason?: RevocationReason | undefined };
export type RevocationReason =
  | 'unspecified'
  | 'keyCompromise'
  | 'affiliationChanged'
  | 'superseded'
  | 'cessationOfOperation';

const REASON_CODES: Record<RevocationReason, number> = {
  unspecified: 0,
  keyCompromise: 1,
  affiliationChanged: 3,
  superseded: 4,
  cessationOfOperation: 5,
};

/** A CRL signed by a member of the built-in CA (RFC 5280 §5), with a CRL number and the AKI. */
export async function issueCrl(
  issuer: CaMember,
  entries: RevokedEntry[],
  options: { thisUpdate?: Date; validHours?: number } = {},
): Promise<Uint8Array> {
  const thisUpdate = options.thisUpdate ?? new Date();
  const crl = await x509.X509CrlGenerator.create({
    issuer: issuer.x509.subjectName,
    thisUpdate,
    nextUpdate: new Date(thisUpdate.getTime() + (options.validHours ?? 24) * 3_600_000),
    signingKey: issuer.signingKey,
    signingAlgorithm: signingAlgorithm(issuer.spec),
    entries: entries.map((e) => ({
      serialNumber: e.serialHex,
      revocationDate: e.revokedAt,
      ...(e.reason ? { reason: REASON_CODES[e.reason] as x509.X509CrlReason } : {}),
    })),
    extensions: [
      await x509.AuthorityKeyIdentifierExtension.create(issuer.x509.publicKey),
      // cRLNumber: seconds since the epoch grow monotonically without a counter to keep.
      new x509.Extension('2.5.29.20', false, ab(integer(Math.floor(thisUpdate.getTime() / 1000)))),
    ],
  });
  return new Uint8Array(crl.rawData);
}

export type ParsedCrl = {
  der: Uint8Array;
  issuerDer: Uint8Array;
  thisUpdate: Date;
  nextUpdate: Date | undefined;
  revoked: Map<string, { revokedAt: Date; reason: number | undefined }>;
  isSignedBy(issuer: ParsedCert): boolean;
};

const cache = new Map<string, ParsedCrl>();

const normaliseSerial = (hex: string) => hex.toLowerCase().replace(/^(00)+(?=.)/, '');

/** Parses a DER CRL (cached by content); throws on malformed input. */
export function parseCrl(der: Uint8Array): ParsedCrl {
  const key = createHash('sha256').update(der).digest('hex');
  const hit = cache.get(key);
  if (hit) return hit;
  const crl = new x509.X509Crl(ab(der));
  // The raw issuer Name: TBSCertList ::= SEQUENCE { version?, signature, issuer, … }.
  const [tbs, sigAlg, sigValue] = children(der);
  const fields = children(tbs!);
  const issuerDer = fields[fields[0]![0] === 0x02 ? 2 : 1]!;
  const revoked = new Map<string, { revokedAt: Date; reason: number | undefined }>();
  for (const e of crl.entries)
    revoked.set(normaliseSerial(e.serialNumber), { revokedAt: e.revocationDate, reason: e.reason });
  const verified = new Map<string, boolean>();
  const parsed: ParsedCrl = {
    der,
    issuerDer,
    thisUpdate: crl.thisUpdate,
    nextUpdate: crl.nextUpdate,
    revoked,
    isSignedBy(issuer) {
      let ok = verified.get(issuer.sha256);
      if (ok === undefined) {
        ok = verifySignedStructure(tbs!, sigAlg!, bitStringBytes(sigValue!), issuer.publicKey);
        verified.set(issuer.sha256, ok);
      }
      return ok;
    },
  };
  if (cache.size > 200) cache.delete(cache.keys().next().value!);
  cache.set(key, parsed);
  return parsed;
}

/** OpenSSL reads "X509 CRL" PEM (pki-pdf.md §2.4 #2: @peculiar/x509 writes "CRL"). */
export const crlPem = (der: Uint8Array) =>
  `-----BEGIN X509 CRL-----\n${Buffer.from(der)
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n')}\n-----END X509 CRL-----\n`;
