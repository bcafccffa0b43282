import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LoginRequest, LoginResponse } from '../../../../contracts/identity';
import { requestContext } from '../../../platform/auth';
import type { IdentityDeps } from '../deps';
import { readSessionCookie, setSessionCookie } from '../lib/session-cookie';
import { logIn } from '../services/log-in';

export const logInRoute: FastifyPluginAsyncZod<{ deps: IdentityDeps }> = async (app, { deps }) => {
  app.post(
    '/auth/login',
    {
      config: { csrf: false, rateLimit: { max: deps.config.authRateLimitPerMinute, timeWindow: '1 minute' } },
      schema: {
        summary: 'Sign in with phone, e-mail or username and password / Đăng nhập',
        tags: ['auth'],
        body: LoginRequest,
        response: { 200: LoginResponse },
      },
    },
    async (request, reply) => {
      const previous = readSessionCookie(request, deps.config);
      const result = await logIn(
        {
          ...request.body,
          previousToken: previous === 'tampered' ? undefined : previous,
          context: requestContext(request),
        },
        deps,
      );
      setSessionCookie(reply, deps.config, result.token, result.maxAgeSeconds);
      return {
        id: result.accountId,
        kind: result.mfa === 'none' ? ('citizen' as const) : ('staff' as const),
        csrfToken: result.csrfToken,
        mfa: result.mfa,
      };
    },
  );
};
