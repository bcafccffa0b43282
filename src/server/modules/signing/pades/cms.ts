import { createHash } from 'node:crypto';
import { parseCertificate } from '../pki/certificate';
import {
  algorithm,
  compareBytes,
  concat,
  type Der,
  derNull,
  explicit,
  implicitConstructed,
  integer,
  OID,
  octetString,
  oid,
  sequence,
  setOf,
  tlv,
} from '../pki/der';
import type { Signer } from './signer';

/**
 * CAdES detached SignedData for PAdES baseline (ETSI EN 319 142-1 §6.3, EN 319 122-1): signed
 * attributes content-type, message-digest and signing-certificate-v2, and no signing-time (the claimed
 * time goes to the signature dictionary's /M). Built from cached encodings: the certificate set, the
 * signer identifier and the ESS attribute are computed once per signer.
 */
type Prepared = {
  certificates: Der;
  sid: Der;
  essAttribute: Der;
  signatureAlgorithm: Der;
};

const SHA256_ALG = algorithm(OID.sha256);
const prepared = new WeakMap<Signer, Prepared>();

export const sha256 = (...parts: Uint8Array[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
};

export const attribute = (type: string, ...values: Der[]) => sequence(oid(type), setOf(...values));

function prepare(signer: Signer): Prepared {
  let p = prepared.get(signer);
  if (p) return p;
  const cert = parseCertificate(signer.certificate);
  const certs = [signer.certificate, ...signer.chain];
  // ESSCertIDv2 with the default hash algorithm (SHA-256) omitted, as DER requires for defaults.
  const issuerSerial = sequence(sequence(tlv(0xa4, cert.issuerDer)), cert.serialDer);
  const essCertId = sequence(octetString(sha256(signer.certificate)), issuerSerial);
  p = {
    certificates: implicitConstructed(0, ...[...certs].sort(compareBytes)),
    sid: sequence(cert.issuerDer, cert.serialDer),
    essAttribute: attribute(OID.signingCertificateV2, sequence(sequence(essCertId))),
    signatureAlgorithm:
      cert.publicKey.asymmetricKeyType === 'ec'
        ? algorithm(OID.ecdsaWithSHA256)
        : algorithm(OID.sha256WithRSA, derNull()),
  };
  prepared.set(signer, p);
  return p;
}

export type CmsResult = { cms: Uint8Array; signature: Uint8Array };

/**
 * Signs `digest` (SHA-256 of the signed content) as a detached SignedData, or an encapsulating one when
 * `encapsulated` is given (time-stamp tokens carry their TSTInfo inside). `unsigned` computes unsigned
 * attributes from the signature value (the signature time-stamp of PAdES B-T).
 */
export async function buildSignedData(input: {
  signer: Signer;
  digest: Uint8Array;
  encapsulated?: { contentType: string; content: Uint8Array };
  unsigned?: (signature: Uint8Array) => Promise<Der[]>;
}): Promise<CmsResult> {
  const p = prepare(input.signer);
  const contentType = input.encapsulated?.contentType ?? OID.data;
  const signedAttrs = setOf(
    attribute(OID.contentType, oid(contentType)),
    attribute(OID.messageDigest, octetString(input.digest)),
    p.essAttribute,
  );
  const signature = await input.signer.sign(signedAttrs);
  const unsigned = input.unsigned ? await input.unsigned(signature) : [];
  // The signature covers the attributes encoded as a SET (tag 0x31); in SignerInfo they are [0] IMPLICIT.
  const signedAttrsImplicit = concat([Uint8Array.of(0xa0), signedAttrs.subarray(1)]);
  const signerInfo = sequence(
    integer(1),
    p.sid,
    SHA256_ALG,
    signedAttrsImplicit,
    p.signatureAlgorithm,
    octetString(signature),
    ...(unsigned.length ? [implicitConstructed(1, ...unsigned)] : []),
  );
  const encapContentInfo = input.encapsulated
    ? sequence(oid(contentType), explicit(0, octetString(input.encapsulated.content)))
    : sequence(oid(OID.data));
  const signedData = sequence(
    integer(input.encapsulated ? 3 : 1),
    setOf(SHA256_ALG),
    encapContentInfo,
    p.certificates,
    setOf(signerInfo),
  );
  return { cms: sequence(oid(OID.signedData), explicit(0, signedData)), signature };
}
