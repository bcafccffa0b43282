import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../../platform/config';
import { EID_FLOW_MINUTES } from './eid-settings';

/**
 * The state of the eID sign-in this browser started. The callback must come back to the same
 * browser: someone else's authorization response (login CSRF) finds no matching cookie.
 */
const cookieName = (config: Config) =>
  config.publicUrl.startsWith('https://') ? '__Host-cuaso_eid' : 'cuaso_eid';

export function setEidStateCookie(reply: FastifyReply, config: Config, state: string) {
  reply.setCookie(cookieName(config), state, {
    path: '/',
    httpOnly: true,
    secure: config.publicUrl.startsWith('https://'),
    sameSite: 'lax',
    signed: true,
    maxAge: EID_FLOW_MINUTES * 60,
  });
}

export function readEidStateCookie(request: FastifyRequest, config: Config): string | undefined {
  const raw = request.cookies[cookieName(config)];
  if (!raw) return undefined;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid && unsigned.value ? unsigned.value : undefined;
}

export function clearEidStateCookie(reply: FastifyReply, config: Config) {
  reply.clearCookie(cookieName(config), { path: '/' });
}
