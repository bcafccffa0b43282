import { createHash, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import { AppError } from '../../../platform/errors';
import { type ParsedCert, parseCertificate } from './certificate';
import {
  ab,
  bmpString,
  explicit,
  implicitPrimitive,
  integer,
  OID,
  octetString,
  oid,
  sequence,
  setOf,
} from './der';
import { DerError, expect, kids, type Node, octets, oidOf, readNode } from './der-reader';
import { isAcceptableKey, nodePrivateKey, spkiOf } from './keys';
import { macDataFor, macMatches, pbeDecrypt, pbes2Encrypt, UnsupportedPbe } from './pkcs12-crypto';

/** A signing identity from a PKCS#12 file: the key, its certificate, and the CA certificates with it. */
export type Pkcs12Identity = {
  certificate: Uint8Array;
  chain: Uint8Array[];
  pkcs8: Uint8Array;
  privateKey: KeyObject;
  cert: ParsedCert;
};

const fail = (reason: string, vi: string, en: string) =>
  new AppError('VALIDATION_FAILED', { vi, en, extra: { reason } });

export const pkcs12Errors = {
  password: () =>
    fail(
      'pkcs12_password',
      'Mật khẩu của tệp chứng thư (.p12/.pfx) không đúng.',
      'The password of the certificate file (.p12/.pfx) is wrong.',
    ),
  malformed: () =>
    fail(
      'pkcs12_malformed',
      'Tệp không phải là tệp chứng thư PKCS#12 (.p12/.pfx) hợp lệ.',
      'The file is not a valid PKCS#12 (.p12/.pfx) certificate file.',
    ),
  unsupported: (what: string) =>
    fail(
      'pkcs12_unsupported',
      `Tệp chứng thư dùng thuật toán chưa được hỗ trợ (${what}).`,
      `The certificate file uses an unsupported algorithm (${what}).`,
    ),
  incomplete: () =>
    fail(
      'pkcs12_incomplete',
      'Tệp chứng thư không chứa cả khóa bí mật và chứng thư tương ứng.',
      'The certificate file does not hold a private key together with its certificate.',
    ),
  key: () =>
    fail(
      'pkcs12_key',
      'Khóa trong tệp chứng thư không được hỗ trợ (cần RSA ≥ 2048 bit hoặc ECDSA P-256/P-384).',
      'The key in the certificate file is not supported (RSA ≥ 2048 bits or ECDSA P-256/P-384 needed).',
    ),
};

const MAX_BAGS = 50;

function readBags(safeContents: Uint8Array, password: string, keys: Uint8Array[], certs: Uint8Array[]) {
  const bags = kids(expect(readNode(safeContents), 0x30));
  if (bags.length > MAX_BAGS) throw new DerError('too many bags');
  for (const bag of bags) {
    const [idNode, wrapped] = kids(expect(bag, 0x30));
    const value = kids(expect(wrapped, 0xa0))[0]!;
    switch (oidOf(idNode!)) {
      case OID.keyBag:
        keys.push(value.raw);
        break;
      case OID.pkcs8ShroudedKeyBag: {
        const [alg, data] = kids(value);
        keys.push(pbeDecrypt(alg!, password, octets(data!)));
        break;
      }
      case OID.certBag: {
        const [type, certValue] = kids(value);
        if (oidOf(type!) === OID.x509Certificate) certs.push(octets(kids(expect(certValue, 0xa0))[0]!));
        break;
      }
    }
  }
}

function encryptedContent(info: Node): Uint8Array {
  // EncryptedContentInfo ::= { contentType, algorithm, [0] IMPLICIT encryptedContent } (primitive or BER chunks)
  const [, , content] = kids(info);
  if (!content) return new Uint8Array(0);
  if (content.tag === 0x80) return content.content;
  if (content.tag === 0xa0) return Buffer.concat(kids(content).map(octets));
  throw new DerError('bad encryptedContent');
}

function parse(der: Uint8Array, password: string) {
  const [version, authSafe, macData] = kids(expect(readNode(der), 0x30));
  if (version?.tag !== 0x02) throw new DerError('not a PFX');
  const [type, wrapped] = kids(expect(authSafe, 0x30));
  if (oidOf(type!) !== OID.data) throw new UnsupportedPbe('public-key integrity mode');
  const content = octets(kids(expect(wrapped, 0xa0))[0]!);
  if (macData && !macMatches(macData, password, content)) throw pkcs12Errors.password();
  const keys: Uint8Array[] = [];
  const certs: Uint8Array[] = [];
  for (const ci of kids(expect(readNode(content), 0x30))) {
    const [ciType, ciWrapped] = kids(ci);
    const inner = kids(expect(ciWrapped, 0xa0))[0]!;
    const t = oidOf(ciType!);
    if (t === OID.data) readBags(octets(inner), password, keys, certs);
    else if (t === OID.encryptedData) {
      const info = kids(inner)[1]!;
      readBags(pbeDecrypt(kids(info)[1]!, password, encryptedContent(info)), password, keys, certs);
    }
  }
  return { keys, certs };
}

/**
 * Opens a PKCS#12 file as commercial CAs deliver it: OpenSSL 3 defaults (PBES2, AES-256, MAC SHA-256)
 * and the legacy formats (RC2-40 certificates, 3DES key, MAC SHA-1). Wrong password, damaged file,
 * unsupported algorithm and a key without its certificate are each refused with a clear message.
 */
export function importPkcs12(bytes: Uint8Array, password: string): Pkcs12Identity {
  if (!bytes.length) throw pkcs12Errors.malformed();
  let parsed: { keys: Uint8Array[]; certs: Uint8Array[] };
  try {
    try {
      parsed = parse(bytes, password);
    } catch (e) {
      if (!(e instanceof DerError) || e.message !== 'indefinite length') throw e;
      parsed = parse(new Uint8Array(asn1js.fromBER(ab(bytes)).result.toBER()), password);
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    if (e instanceof UnsupportedPbe) throw pkcs12Errors.unsupported(e.message);
    // A PFX without a MAC (rare) shows a wrong password as a decryption failure.
    if ((e as Error).message?.includes('bad decrypt') || (e as Error).message?.includes('padding'))
      throw pkcs12Errors.password();
    throw pkcs12Errors.malformed();
  }
  const certs = parsed.certs.map((der) => {
    try {
      return parseCertificate(der);
    } catch {
      throw pkcs12Errors.malformed();
    }
  });
  for (const pkcs8 of parsed.keys) {
    let key: KeyObject;
    try {
      key = nodePrivateKey(pkcs8);
    } catch {
      throw pkcs12Errors.malformed();
    }
    const spki = Buffer.from(spkiOf(key));
    const cert = certs.find((c) => Buffer.compare(Buffer.from(c.spkiDer), spki) === 0);
    if (!cert) continue;
    if (!isAcceptableKey(key)) throw pkcs12Errors.key();
    return {
      certificate: cert.der,
      chain: certs.filter((c) => c !== cert && c.isCa && !c.selfIssued).map((c) => c.der),
      pkcs8: new Uint8Array(key.export({ type: 'pkcs8', format: 'der' })),
      privateKey: key,
      cert,
    };
  }
  throw pkcs12Errors.incomplete();
}

/** Writes a PKCS#12 file the way OpenSSL 3 does (PBES2/AES-256-CBC, MAC SHA-256), openable everywhere. */
export function exportPkcs12(input: {
  certificate: Uint8Array;
  chain?: Uint8Array[];
  pkcs8: Uint8Array;
  password: string;
  friendlyName?: string;
}): Uint8Array {
  const localKeyId = createHash('sha1').update(input.certificate).digest();
  const attrs = setOf(
    sequence(oid(OID.localKeyId), setOf(octetString(localKeyId))),
    ...(input.friendlyName ? [sequence(oid(OID.friendlyName), setOf(bmpString(input.friendlyName)))] : []),
  );
  const certBag = (der: Uint8Array, own: boolean) =>
    sequence(
      oid(OID.certBag),
      explicit(0, sequence(oid(OID.x509Certificate), explicit(0, octetString(der)))),
      ...(own ? [attrs] : []),
    );
  const certContents = sequence(
    certBag(input.certificate, true),
    ...(input.chain ?? []).map((c) => certBag(c, false)),
  );
  const [certAlg, certCipher] = pbes2Encrypt(input.password, certContents);
  const encryptedCerts = sequence(
    oid(OID.encryptedData),
    explicit(0, sequence(integer(0), sequence(oid(OID.data), certAlg, implicitPrimitive(0, certCipher)))),
  );
  const [keyAlg, keyCipher] = pbes2Encrypt(input.password, input.pkcs8);
  const keyBag = sequence(
    oid(OID.pkcs8ShroudedKeyBag),
    explicit(0, sequence(keyAlg, octetString(keyCipher))),
    attrs,
  );
  const keyData = sequence(oid(OID.data), explicit(0, octetString(sequence(keyBag))));
  const authSafe = sequence(encryptedCerts, keyData);
  return sequence(
    integer(3),
    sequence(oid(OID.data), explicit(0, octetString(authSafe))),
    macDataFor(input.password, authSafe),
  );
}
