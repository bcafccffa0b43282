import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EidCallbackQuery } from '../../../../contracts/identity';
import { requestContext } from '../../../platform/auth';
import type { IdentityDeps } from '../deps';
import { EID_CALLBACK_PATH, eidErrorLocation } from '../eid/eid-settings';
import { clearEidStateCookie, readEidStateCookie } from '../eid/state-cookie';
import { readSessionCookie, setSessionCookie } from '../lib/session-cookie';
import { finishEidLogin } from '../services/finish-eid-login';

export const eidCallbackRoute: FastifyPluginAsyncZod<{ deps: IdentityDeps }> = async (app, { deps }) => {
  app.get(
    '/auth/eid/callback',
    {
      // A top-level navigation back from the provider: it carries no CSRF header, the state is the check.
      config: { csrf: false, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        summary: 'Return from the national eID provider / Trở về từ hệ thống định danh điện tử',
        tags: ['auth'],
        querystring: EidCallbackQuery,
      },
    },
    async (request, reply) => {
      // The response exactly as received: openid-client checks every parameter (state, iss, code).
      const callbackUrl = new URL(`${deps.config.publicUrl}${EID_CALLBACK_PATH}`);
      callbackUrl.search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      const previous = readSessionCookie(request, deps.config);
      const result = await finishEidLogin(
        {
          state: request.query.state,
          callbackUrl,
          browserState: readEidStateCookie(request, deps.config),
          previousToken: previous === 'tampered' ? undefined : previous,
          context: requestContext(request),
        },
        deps,
      );
      clearEidStateCookie(reply, deps.config);
      if (result.kind === 'failed') return reply.redirect(eidErrorLocation(result.error));
      setSessionCookie(reply, deps.config, result.session.token, result.session.maxAgeSeconds);
      return reply.redirect(result.returnTo);
    },
  );
};
