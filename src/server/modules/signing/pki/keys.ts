import { createPrivateKey, createPublicKey, type KeyObject, webcrypto } from 'node:crypto';
import { open, seal } from '../../../platform/crypto';

/** Key types the built-in CA issues and the signer accepts (vn-standards.md §6.2: RSA ≥ 2048, SHA-256). */
export type KeySpec = 'RSA-2048' | 'RSA-3072' | 'ECDSA-P256';
export const KEY_SPECS: readonly KeySpec[] = ['RSA-2048', 'RSA-3072', 'ECDSA-P256'];

export function webAlgorithm(spec: KeySpec): RsaHashedKeyGenParams | EcKeyGenParams {
  if (spec === 'ECDSA-P256') return { name: 'ECDSA', namedCurve: 'P-256' };
  return {
    name: 'RSASSA-PKCS1-v1_5',
    hash: 'SHA-256',
    publicExponent: new Uint8Array([1, 0, 1]),
    modulusLength: spec === 'RSA-3072' ? 3072 : 2048,
  };
}

/** What @peculiar/x509 signs certificates and CRLs with. */
export function signingAlgorithm(spec: KeySpec): Algorithm | EcdsaParams {
  return spec === 'ECDSA-P256'
    ? { name: 'ECDSA', hash: 'SHA-256' }
    : { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
}

export type GeneratedKey = { spec: KeySpec; keys: CryptoKeyPair; pkcs8: Uint8Array };

export async function generateKey(spec: KeySpec): Promise<GeneratedKey> {
  const keys = (await webcrypto.subtle.generateKey(webAlgorithm(spec), true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const pkcs8 = new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  return { spec, keys, pkcs8 };
}

/** A WebCrypto signing key (for @peculiar/x509) from PKCS#8. */
export async function importSigningKey(pkcs8: Uint8Array, spec: KeySpec): Promise<CryptoKey> {
  return webcrypto.subtle.importKey('pkcs8', pkcs8, webAlgorithm(spec), false, ['sign']);
}

export const nodePrivateKey = (pkcs8: Uint8Array): KeyObject =>
  createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' });

/** The key type of a private key, or undefined for a type we do not sign with. */
export function keySpecOf(key: KeyObject): KeySpec | undefined {
  const d = key.asymmetricKeyDetails;
  if (key.asymmetricKeyType === 'rsa') {
    if (d?.modulusLength === 2048) return 'RSA-2048';
    if (d?.modulusLength === 3072) return 'RSA-3072';
    return undefined;
  }
  if (key.asymmetricKeyType === 'ec' && d?.namedCurve === 'prime256v1') return 'ECDSA-P256';
  return undefined;
}

/** Accepts any RSA of at least 2048 bits or an EC P-256/P-384 key, as imported from a PKCS#12. */
export function isAcceptableKey(key: KeyObject): boolean {
  const d = key.asymmetricKeyDetails;
  if (key.asymmetricKeyType === 'rsa') return (d?.modulusLength ?? 0) >= 2048;
  return key.asymmetricKeyType === 'ec' && (d?.namedCurve === 'prime256v1' || d?.namedCurve === 'secp384r1');
}

export const spkiOf = (key: KeyObject): Uint8Array =>
  new Uint8Array(createPublicKey(key).export({ type: 'spki', format: 'der' }));

/**
 * Private keys at rest: PKCS#8 sealed with AES-256-GCM under the key-encryption key, bound to a context
 * (e.g. `signing-key:<certificate id>`) so a sealed key copied to another record does not open.
 */
export const sealKey = (kek: Buffer, pkcs8: Uint8Array, context: string) =>
  seal(kek, Buffer.from(pkcs8), context);
export const openKey = (kek: Buffer, sealed: string, context: string) =>
  new Uint8Array(open(kek, sealed, context));
