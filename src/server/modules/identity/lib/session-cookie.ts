import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../../platform/config';

/** `__Host-` pins the cookie to this origin over HTTPS; plain-HTTP development cannot use it. */
export const sessionCookieName = (config: Config) =>
  config.publicUrl.startsWith('https://') ? '__Host-cuaso_session' : 'cuaso_session';

export function setSessionCookie(reply: FastifyReply, config: Config, token: string, maxAgeSeconds: number) {
  reply.setCookie(sessionCookieName(config), token, {
    path: '/',
    httpOnly: true,
    secure: config.publicUrl.startsWith('https://'),
    sameSite: 'lax',
    signed: true,
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config) {
  reply.clearCookie(sessionCookieName(config), { path: '/' });
}

/**
 * Signed cookie values already verified, per configuration (its secret): a signed-in client sends
 * the same value with every request, and the HMAC check was about 1.5 % of the event loop's time
 * under a load of submissions. Only values that verified are kept; bounded, oldest out first.
 */
const verified = new WeakMap<Config, Map<string, string>>();
const MAX_VERIFIED = 10_000;

/** The raw session token, or undefined when absent; 'tampered' when the signature does not verify. */
export function readSessionCookie(request: FastifyRequest, config: Config): string | 'tampered' | undefined {
  const raw = request.cookies[sessionCookieName(config)];
  if (!raw) return undefined;
  const hit = verified.get(config)?.get(raw);
  if (hit) return hit;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return 'tampered';
  const known = verified.get(config) ?? new Map<string, string>();
  verified.set(config, known);
  if (known.size >= MAX_VERIFIED) known.delete(known.keys().next().value!);
  known.set(raw, unsigned.value);
  return unsigned.value;
}
