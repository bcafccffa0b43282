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
  }
}

export function requestContext(request: FastifyRequest) {
  return {
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
    requestId: String(request.id),
  };
}
