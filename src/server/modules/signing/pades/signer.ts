import { sign as cryptoSign, type KeyObject } from 'node:crypto';
import { parseCertificate } from '../pki/certificate';

/**
 * Who computes the signature value. The PAdES layer hands over the DER of the CMS signed attributes
 * and gets the signature back; it never sees a private key. A local key (built-in CA, imported
 * PKCS#12) implements it here; a PKCS#11/HSM token or a remote-signing service (Cloud Signature
 * Consortium API, the Vietnamese "ký số từ xa" services) implements the same three members and may
 * hash `data` itself (SHA-256) when it only accepts a digest.
 */
export interface Signer {
  /** The signing certificate, DER. */
  readonly certificate: Uint8Array;
  /** Intermediate CA certificates to embed in the signature (not the root), DER. */
  readonly chain: readonly Uint8Array[];
  /** Signs `data` with SHA-256 and the key of `certificate`; ECDSA answers a DER Ecdsa-Sig-Value. */
  sign(data: Uint8Array): Promise<Uint8Array>;
}

/** A signer over a private key held in this process (decrypted from its sealed form just before use). */
export function localKeySigner(input: {
  certificate: Uint8Array;
  chain?: readonly Uint8Array[];
  privateKey: KeyObject;
}): Signer {
  const cert = parseCertificate(input.certificate);
  if (cert.publicKey.asymmetricKeyType !== input.privateKey.asymmetricKeyType)
    throw new Error('localKeySigner: the private key does not belong to the certificate');
  return {
    certificate: input.certificate,
    chain: input.chain ?? [],
    async sign(data) {
      return new Uint8Array(cryptoSign('sha256', data, input.privateKey));
    },
  };
}
