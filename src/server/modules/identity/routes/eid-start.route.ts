import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EidStartQuery } from '../../../../contracts/identity';
import type { IdentityDeps } from '../deps';
import { eidErrorLocation } from '../eid/eid-settings';
import { setEidStateCookie } from '../eid/state-cookie';
import { startEidLogin } from '../services/start-eid-login';

export const eidStartRoute: FastifyPluginAsyncZod<{ deps: IdentityDeps }> = async (app, { deps }) => {
  app.get(
    '/auth/eid/start',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        summary:
          'Sign in with the national eID (redirects to the provider) / Đăng nhập bằng định danh điện tử',
        tags: ['auth'],
        querystring: EidStartQuery,
      },
    },
    async (request, reply) => {
      const start = await startEidLogin({ returnTo: request.query.returnTo }, deps);
      if (start.kind === 'unavailable') return reply.redirect(eidErrorLocation('unavailable'));
      setEidStateCookie(reply, deps.config, start.state);
      return reply.redirect(start.url);
    },
  );
};
