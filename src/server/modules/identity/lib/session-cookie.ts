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

/** The raw session token, or undefined when absent; 'tampered' when the signature does not verify. */
export function readSessionCookie(request: FastifyRequest, config: Config): string | 'tampered' | undefined {
  const raw = request.cookies[sessionCookieName(config)];
  if (!raw) return undefined;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid && unsigned.value ? unsigned.value : 'tampered';
}
