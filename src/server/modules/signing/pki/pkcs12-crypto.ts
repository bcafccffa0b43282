import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  pbkdf2Sync,
  randomBytes,
} from 'node:crypto';
import { algorithm, bmpBytes, concat, derNull, integer, OID, octetString, oid, sequence } from './der';
import { kids, type Node, octets, oidOf } from './der-reader';
import { rc2CbcDecrypt } from './rc2';

/**
 * Password-based encryption and integrity of PKCS#12 (RFC 7292): PBES2 (PBKDF2 + AES/3DES, what
 * OpenSSL 3 writes) and the older PKCS#12 PBE schemes (SHA-1 + 3DES or RC2, what `-legacy`, Windows and
 * several commercial CAs write), with the PKCS#12 key-derivation function of Appendix B.
 */
const HASH_BLOCK: Record<string, number> = { sha1: 64, sha224: 64, sha256: 64, sha384: 128, sha512: 128 };
const HASH_OF: Record<string, string> = {
  [OID.sha1]: 'sha1',
  '2.16.840.1.101.3.4.2.4': 'sha224',
  [OID.sha256]: 'sha256',
  [OID.sha384]: 'sha384',
  [OID.sha512]: 'sha512',
};
const HMAC_OF: Record<string, string> = {
  [OID.hmacWithSHA1]: 'sha1',
  '1.2.840.113549.2.8': 'sha224',
  [OID.hmacWithSHA256]: 'sha256',
  '1.2.840.113549.2.10': 'sha384',
  '1.2.840.113549.2.11': 'sha512',
};

export class UnsupportedPbe extends Error {}

/** RFC 7292 Appendix B.2: `id` 1 = key, 2 = IV, 3 = MAC key. The password is a BMPString with NUL. */
export function pkcs12Kdf(
  hash: string,
  password: string,
  salt: Uint8Array,
  id: number,
  iterations: number,
  n: number,
) {
  const v = HASH_BLOCK[hash];
  if (!v) throw new UnsupportedPbe(`PKCS#12 KDF with ${hash}`);
  const pw = password.length ? bmpBytes(password, true) : new Uint8Array(0);
  const fill = (src: Uint8Array) => {
    const out = new Uint8Array(src.length ? v * Math.ceil(src.length / v) : 0);
    for (let i = 0; i < out.length; i++) out[i] = src[i % src.length]!;
    return out;
  };
  const I = concat([fill(salt), fill(pw)]);
  const D = new Uint8Array(v).fill(id);
  const out: Uint8Array[] = [];
  let produced = 0;
  while (produced < n) {
    let A = createHash(hash).update(D).update(I).digest();
    for (let r = 1; r < iterations; r++) A = createHash(hash).update(A).digest();
    out.push(A);
    produced += A.length;
    // I_j = (I_j + B + 1) mod 2^(8v), B = A repeated to v bytes.
    const B = new Uint8Array(v);
    for (let i = 0; i < v; i++) B[i] = A[i % A.length]!;
    for (let j = 0; j < I.length; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const sum = I[j + k]! + B[k]! + carry;
        I[j + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return Buffer.concat(out).subarray(0, n);
}

const intOf = (node: Node | undefined, fallback: number) => {
  if (node?.tag !== 0x02) return fallback;
  let v = 0;
  for (const b of node.content) v = v * 256 + b;
  return v;
};

/** Decrypts EncryptedData / EncryptedPrivateKeyInfo content with the algorithm named by `alg`. */
export function pbeDecrypt(alg: Node, password: string, data: Uint8Array): Uint8Array {
  const [oidNode, params] = kids(alg);
  const id = oidOf(oidNode!);
  if (id === OID.pbes2) {
    const [kdf, scheme] = kids(params!);
    const [kdfOid, kdfParams] = kids(kdf!);
    if (oidOf(kdfOid!) !== OID.pbkdf2) throw new UnsupportedPbe('PBES2 key derivation other than PBKDF2');
    const p = kids(kdfParams!);
    const salt = octets(p[0]!);
    const iterations = intOf(p[1], 1);
    const prfNode = p.find((n, i) => i >= 2 && n.tag === 0x30);
    const prf = prfNode ? HMAC_OF[oidOf(kids(prfNode)[0]!)] : 'sha1';
    const [encOid, ivNode] = kids(scheme!);
    const cipher = {
      [OID.aes128Cbc]: ['aes-128-cbc', 16],
      [OID.aes192Cbc]: ['aes-192-cbc', 24],
      [OID.aes256Cbc]: ['aes-256-cbc', 32],
      [OID.desEde3Cbc]: ['des-ede3-cbc', 24],
    }[oidOf(encOid!)] as [string, number] | undefined;
    if (!cipher || !prf) throw new UnsupportedPbe('PBES2 cipher or PRF');
    const key = pbkdf2Sync(Buffer.from(password, 'utf8'), salt, iterations, cipher[1], prf);
    const d = createDecipheriv(cipher[0], key, octets(ivNode!));
    return Buffer.concat([d.update(data), d.final()]);
  }
  const [saltNode, iterNode] = kids(params!);
  const salt = octets(saltNode!);
  const iterations = intOf(iterNode, 1);
  const derive = (n: number, which: number) => pkcs12Kdf('sha1', password, salt, which, iterations, n);
  switch (id) {
    case OID.pbeSha1TripleDes: {
      const d = createDecipheriv('des-ede3-cbc', derive(24, 1), derive(8, 2));
      return Buffer.concat([d.update(data), d.final()]);
    }
    case OID.pbeSha1TwoKeyTripleDes: {
      const k = derive(16, 1);
      const d = createDecipheriv('des-ede3-cbc', Buffer.concat([k, k.subarray(0, 8)]), derive(8, 2));
      return Buffer.concat([d.update(data), d.final()]);
    }
    case OID.pbeSha1Rc2_40:
      return rc2CbcDecrypt(derive(5, 1), 40, derive(8, 2), data);
    case OID.pbeSha1Rc2_128:
      return rc2CbcDecrypt(derive(16, 1), 128, derive(8, 2), data);
    default:
      throw new UnsupportedPbe(`encryption algorithm ${id}`);
  }
}

/** Checks the PFX MAC (HMAC keyed by the PKCS#12 KDF, id 3). False means a wrong password. */
export function macMatches(macData: Node, password: string, content: Uint8Array): boolean {
  const [digestInfo, saltNode, iterNode] = kids(macData);
  const [alg, digest] = kids(digestInfo!);
  const hash = HASH_OF[oidOf(kids(alg!)[0]!)];
  if (!hash) throw new UnsupportedPbe('MAC algorithm');
  const expected = octets(digest!);
  const key = pkcs12Kdf(hash, password, octets(saltNode!), 3, intOf(iterNode, 1), expected.length);
  const mac = createHmac(hash, key).update(content).digest();
  return Buffer.compare(mac, Buffer.from(expected)) === 0;
}

const PBKDF2_ITERATIONS = 2048;

/** PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC (OpenSSL 3's default): [AlgorithmIdentifier, ciphertext]. */
export function pbes2Encrypt(password: string, plain: Uint8Array): [Uint8Array, Uint8Array] {
  const salt = randomBytes(16);
  const iv = randomBytes(16);
  const key = pbkdf2Sync(Buffer.from(password, 'utf8'), salt, PBKDF2_ITERATIONS, 32, 'sha256');
  const c = createCipheriv('aes-256-cbc', key, iv);
  const encrypted = Buffer.concat([c.update(plain), c.final()]);
  const params = sequence(
    sequence(
      oid(OID.pbkdf2),
      sequence(octetString(salt), integer(PBKDF2_ITERATIONS), algorithm(OID.hmacWithSHA256, derNull())),
    ),
    algorithm(OID.aes256Cbc, octetString(iv)),
  );
  return [algorithm(OID.pbes2, params), encrypted];
}

/** MacData over `content`: HMAC-SHA-256 keyed by the PKCS#12 KDF. */
export function macDataFor(password: string, content: Uint8Array): Uint8Array {
  const salt = randomBytes(16);
  const key = pkcs12Kdf('sha256', password, salt, 3, PBKDF2_ITERATIONS, 32);
  const mac = createHmac('sha256', key).update(content).digest();
  return sequence(
    sequence(algorithm(OID.sha256, derNull()), octetString(mac)),
    octetString(salt),
    integer(PBKDF2_ITERATIONS),
  );
}
