import type { ActorResolver } from '../../../platform/auth';
import { requestContext } from '../../../platform/auth';
import type { IdentityDeps } from '../deps';
import { resolveActor } from '../services/resolve-actor';
import { readSessionCookie } from './session-cookie';

export function createActorResolver(
  deps: Pick<IdentityDeps, 'db' | 'config' | 'sessionCache'>,
): ActorResolver {
  return async (request) => {
    const authorization = request.headers.authorization;
    const csrf = request.headers['x-csrf-token'];
    const { actor } = await resolveActor(
      {
        sessionToken: readSessionCookie(request, deps.config),
        authorization,
        method: request.method,
        csrfHeader: typeof csrf === 'string' ? csrf : undefined,
        csrfRequired: request.routeOptions.config?.csrf !== false,
        path: request.url,
        context: requestContext(request),
      },
      deps,
    );
    return actor;
  };
}
