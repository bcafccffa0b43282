import { createHash } from 'node:crypto';
import type { ParsedCert } from '../pki/certificate';
import { OID } from '../pki/der';
import { expect, kids, octets, oidOf, readNode, timeOf } from '../pki/der-reader';
import type { TrustStore } from '../pki/trust-store';
import { buildChain, type ChainResult } from './chain';
import { HASH_NAMES, readCms } from './cms';
import { checkRevocation, type RevocationOptions, type RevocationResult } from './revocation';

/** What the verifier learnt from a signature time-stamp (RFC 3161 token in the unsigned attributes). */
export type TimestampFacts = {
  genTime: Date | undefined;
  tsa: ParsedCert | undefined;
  /** The token stamps this signature value (message imprint). */
  imprintOk: boolean;
  /** The token's own CMS signature and message digest verify. */
  signatureOk: boolean;
  /** The TSA certificate has the timeStamping extended key usage (RFC 3161 §2.3). */
  purposeOk: boolean;
  chain: ChainResult | undefined;
  revocation: RevocationResult | undefined;
  valid: boolean;
};

const invalid: TimestampFacts = {
  genTime: undefined,
  tsa: undefined,
  imprintOk: false,
  signatureOk: false,
  purposeOk: false,
  chain: undefined,
  revocation: undefined,
  valid: false,
};

export async function verifyTimestamp(
  token: Uint8Array,
  stamped: Uint8Array,
  pool: ParsedCert[],
  trust: TrustStore,
  revocation: RevocationOptions,
): Promise<TimestampFacts> {
  let cms: ReturnType<typeof readCms>;
  let imprintHash: string | undefined;
  let imprint: Uint8Array;
  let genTime: Date;
  try {
    cms = readCms(token);
    if (!cms.encapsulated || cms.contentType !== OID.tstInfo) return invalid;
    // TSTInfo ::= SEQUENCE { version, policy, messageImprint, serialNumber, genTime, … } (RFC 3161 §2.4.2)
    const info = kids(expect(readNode(cms.encapsulated), 0x30));
    const [alg, hashed] = kids(expect(info[2], 0x30));
    imprintHash = HASH_NAMES[oidOf(kids(alg!)[0]!)];
    imprint = octets(hashed!);
    genTime = timeOf(expect(info[4], 0x18));
  } catch {
    return invalid;
  }
  const imprintOk =
    !!imprintHash &&
    Buffer.compare(createHash(imprintHash).update(stamped).digest(), Buffer.from(imprint)) === 0;
  const digestOk =
    !!cms.hash &&
    !!cms.messageDigest &&
    Buffer.compare(createHash(cms.hash).update(cms.encapsulated).digest(), Buffer.from(cms.messageDigest)) ===
      0;
  const tsa = cms.signer;
  const purposeOk = !!tsa?.extKeyUsage?.includes(OID.ekuTimeStamping);
  const chain = tsa ? buildChain(tsa, [...cms.certificates, ...pool], trust, genTime) : undefined;
  const issuer = chain?.path[1];
  const status = tsa && issuer ? await checkRevocation(tsa, issuer, revocation) : undefined;
  const revokedBefore = status?.status === 'revoked' && status.revokedAt && status.revokedAt <= genTime;
  const signatureOk = cms.signatureValid && digestOk;
  return {
    genTime,
    tsa,
    imprintOk,
    signatureOk,
    purposeOk,
    chain,
    revocation: status,
    valid:
      imprintOk &&
      signatureOk &&
      purposeOk &&
      !!chain?.trusted &&
      chain.problems.length === 0 &&
      !revokedBefore,
  };
}
