import type { FastifyRequest } from 'fastify';
import type { Actor } from './actor';

/** Resolves who is calling; provided by the identity module, installed for every /api request. */
export type ActorResolver = (request: FastifyRequest) => Promise<Actor>;

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
  interface FastifyContextConfig {
    /** false on the few cookie-authenticated writes that must work without a CSRF token (sign-in). */
    csrf?: boolean;
    /** The route needs a signed-in caller: anonymous requests get 401 before their input is validated. */
    signedIn?: boolean;
  }
}

export function requestContext(request: FastifyRequest) {
  return {
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
    requestId: String(request.id),
  };
}
