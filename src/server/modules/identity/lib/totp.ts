import { createHmac } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { open, seal } from '../../../platform/crypto';

/** RFC 6238: SHA-1, 6 digits, 30 s, one step of clock drift either way (what authenticator apps expect). */
const PARAMS = { algorithm: 'SHA1', digits: 6, period: 30 } as const;

export const newTotpSecret = () => new Secret({ size: 20 }).base32;

export function totpFor(secretBase32: string, label: string) {
  return new TOTP({ ...PARAMS, issuer: 'Cửa Số', label, secret: Secret.fromBase32(secretBase32) });
}

/** The matching time step, or null. Callers refuse a step already used (replay). */
export function checkTotp(secretBase32: string, code: string, at = Date.now()): number | null {
  const delta = totpFor(secretBase32, 'x').validate({ token: code, timestamp: at, window: 1 });
  return delta === null ? null : Math.floor(at / 1000 / PARAMS.period) + delta;
}

export const currentTotp = (secretBase32: string, at = Date.now()) =>
  totpFor(secretBase32, 'x').generate({ timestamp: at });

const context = (accountId: string) => `totp:${accountId}`;
export const sealTotpSecret = (kek: Buffer, accountId: string, secret: string) =>
  seal(kek, Buffer.from(secret), context(accountId));
export const openTotpSecret = (kek: Buffer, accountId: string, sealed: string) =>
  open(kek, sealed, context(accountId)).toString();

/** Demo accounts get a reproducible secret so the demo and its tests can compute codes. */
export function demoTotpSecret(secretKey: string, username: string): string {
  const bytes = createHmac('sha256', secretKey).update(`demo-totp:${username}`).digest().subarray(0, 20);
  return new Secret({ buffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + 20) }).base32;
}
