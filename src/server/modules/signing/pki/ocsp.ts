import { createHash, sign as cryptoSign } from 'node:crypto';
import * as pkijs from 'pkijs';
import type { CaMember } from './ca-store';
import { bitStringBytes, type ParsedCert, parseCertificate, verifySignedStructure } from './certificate';
import {
  ab,
  algorithm,
  children,
  derNull,
  explicit,
  generalizedTime,
  implicitPrimitive,
  OID,
  octetString,
  oid,
  sequence,
  tlv,
} from './der';

/** Status of one certificate as an OCSP responder answers it (RFC 6960 §2.2). */
export type CertStatus =
  | { status: 'good' }
  | { status: 'revoked'; revokedAt: Date; reason?: number | undefined }
  | { status: 'unknown' };

const HASHES: Record<string, string> = {
  [OID.sha1]: 'sha1',
  [OID.sha256]: 'sha256',
  [OID.sha384]: 'sha384',
  [OID.sha512]: 'sha512',
};

/** issuerNameHash and issuerKeyHash of a CertID (hash of the issuer's Name DER and of its key bits). */
export function issuerHashes(issuer: ParsedCert, hash: string) {
  const key = bitStringBytes(children(issuer.spkiDer)[1]!);
  return {
    nameHash: createHash(hash).update(issuer.subjectDer).digest('hex'),
    keyHash: createHash(hash).update(key).digest('hex'),
  };
}

const hex = (v: ArrayBuffer | Uint8Array) => Buffer.from(v as Uint8Array).toString('hex');
const responseStatus = (code: number) => sequence(tlv(0x0a, Uint8Array.of(code)));

/**
 * Answers an OCSPRequest for certificates of the built-in CA: each CertID issued by `issuers` (root or
 * issuing CA) gets good/revoked from `statusOf`, signed by that issuer itself (no delegated responder);
 * anything else is "unknown". Malformed requests get malformedRequest (1).
 */
export async function respondToOcspRequest(
  body: Uint8Array,
  issuers: CaMember[],
  statusOf: (issuer: CaMember, serialHex: string) => Promise<CertStatus>,
  now = new Date(),
): Promise<Uint8Array> {
  let request: pkijs.OCSPRequest;
  try {
    request = pkijs.OCSPRequest.fromBER(ab(body));
  } catch {
    return responseStatus(1);
  }
  const list = request.tbsRequest.requestList;
  if (!list.length || list.length > 20) return responseStatus(1);
  // One signer per response: the issuer of the first certificate asked about.
  let signer: CaMember | undefined;
  const singles: Uint8Array[] = [];
  for (const r of list) {
    const id = r.reqCert;
    const hash = HASHES[id.hashAlgorithm.algorithmId];
    const certIdDer = new Uint8Array(id.toSchema().toBER());
    const serialHex = hex(id.serialNumber.valueBlock.valueHexView).replace(/^(00)+(?=.)/, '');
    const issuer = hash
      ? issuers.find((m) => {
          const h = issuerHashes(m.cert, hash);
          return (
            h.nameHash === hex(id.issuerNameHash.valueBlock.valueHexView) &&
            h.keyHash === hex(id.issuerKeyHash.valueBlock.valueHexView)
          );
        })
      : undefined;
    if (issuer && (!signer || signer === issuer)) signer = issuer;
    const st: CertStatus =
      issuer && signer === issuer ? await statusOf(issuer, serialHex) : { status: 'unknown' };
    const certStatus =
      st.status === 'good'
        ? implicitPrimitive(0, new Uint8Array(0))
        : st.status === 'revoked'
          ? tlv(
              0xa1,
              generalizedTime(st.revokedAt),
              ...(st.reason !== undefined ? [explicit(0, tlv(0x0a, Uint8Array.of(st.reason)))] : []),
            )
          : implicitPrimitive(2, new Uint8Array(0));
    singles.push(
      sequence(
        certIdDer,
        certStatus,
        generalizedTime(now),
        explicit(0, generalizedTime(new Date(now.getTime() + 3_600_000))),
      ),
    );
  }
  signer ??= issuers[issuers.length - 1]!;
  const nonce = request.tbsRequest.requestExtensions?.find((e) => e.extnID === OID.ocspNonce);
  const keyHash = createHash('sha1')
    .update(bitStringBytes(children(signer.cert.spkiDer)[1]!))
    .digest();
  const tbs = sequence(
    tlv(0xa2, octetString(keyHash)), // responderID byKey
    generalizedTime(now),
    sequence(...singles),
    ...(nonce
      ? [
          explicit(
            1,
            sequence(
              sequence(
                oid(OID.ocspNonce),
                octetString(new Uint8Array(nonce.extnValue.valueBlock.valueHexView)),
              ),
            ),
          ),
        ]
      : []),
  );
  const isEc = signer.privateKey.asymmetricKeyType === 'ec';
  const signature = cryptoSign('sha256', tbs, signer.privateKey);
  const basic = sequence(
    tbs,
    isEc ? algorithm(OID.ecdsaWithSHA256) : algorithm(OID.sha256WithRSA, derNull()),
    tlv(0x03, Uint8Array.of(0), signature),
  );
  return sequence(tlv(0x0a, Uint8Array.of(0)), explicit(0, sequence(oid(OID.ocspBasic), octetString(basic))));
}

/** An OCSPRequest for one certificate (SHA-1 CertID, as every responder understands). */
export function ocspRequest(cert: ParsedCert, issuer: ParsedCert): Uint8Array {
  const h = issuerHashes(issuer, 'sha1');
  const certId = sequence(
    algorithm(OID.sha1, derNull()),
    octetString(Buffer.from(h.nameHash, 'hex')),
    octetString(Buffer.from(h.keyHash, 'hex')),
    cert.serialDer,
  );
  return sequence(sequence(sequence(sequence(certId))));
}

/**
 * Reads an OCSPResponse about `cert`: the signature must verify with the issuer's key, or with a
 * delegated responder certificate issued by the issuer with the OCSPSigning purpose (RFC 6960 §4.2.2.2).
 */
export function readOcspResponse(
  der: Uint8Array,
  cert: ParsedCert,
  issuer: ParsedCert,
): { status: CertStatus; thisUpdate: Date; producedAt: Date } | undefined {
  const response = pkijs.OCSPResponse.fromBER(ab(der));
  if (response.responseStatus.valueBlock.valueDec !== 0 || !response.responseBytes) return undefined;
  const basicDer = new Uint8Array(response.responseBytes.response.valueBlock.valueHexView);
  const basic = pkijs.BasicOCSPResponse.fromBER(ab(basicDer));
  const [tbs, sigAlg, sigValue] = children(basicDer);
  const candidates = [
    issuer,
    ...(basic.certs ?? []).map((c) => parseCertificate(new Uint8Array(c.toSchema().toBER()))),
  ];
  const signer = candidates.find(
    (c) =>
      verifySignedStructure(tbs!, sigAlg!, bitStringBytes(sigValue!), c.publicKey) &&
      (c === issuer ||
        (c.extKeyUsage?.includes(OID.ekuOcspSigning) &&
          Buffer.compare(Buffer.from(c.issuerDer), Buffer.from(issuer.subjectDer)) === 0)),
  );
  if (!signer) return undefined;
  const serial = cert.serialHex;
  const single = basic.tbsResponseData.responses.find(
    (r) => hex(r.certID.serialNumber.valueBlock.valueHexView).replace(/^(00)+(?=.)/, '') === serial,
  );
  if (!single) return undefined;
  const tag = single.certStatus.idBlock.tagNumber as number;
  let status: CertStatus = { status: 'unknown' };
  if (tag === 0) status = { status: 'good' };
  else if (tag === 1) {
    const revokedAt = (single.certStatus.valueBlock.value[0] as { toDate(): Date }).toDate();
    status = { status: 'revoked', revokedAt };
  }
  return { status, thisUpdate: single.thisUpdate, producedAt: basic.tbsResponseData.producedAt };
}
