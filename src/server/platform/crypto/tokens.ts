import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** A random bearer secret (256 bits), URL-safe. */
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

/** Decimal one-time code with a uniform distribution. */
export const randomDigits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');

export const sha256Hex = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
