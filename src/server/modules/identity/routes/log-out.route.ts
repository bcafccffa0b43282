import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestContext } from '../../../platform/auth';
import type { IdentityDeps } from '../deps';
import { clearSessionCookie } from '../lib/session-cookie';
import { logOut } from '../services/log-out';

export const logOutRoute: FastifyPluginAsyncZod<{ deps: IdentityDeps }> = async (app, { deps }) => {
  for (const [url, everywhere] of [
    ['/auth/logout', false],
    ['/auth/logout-all', true],
  ] as const) {
    app.post(
      url,
      {
        schema: {
          summary: everywhere
            ? 'End every session of this person / Đăng xuất mọi nơi'
            : 'End this session / Đăng xuất',
          tags: ['auth'],
          response: { 200: z.object({ ended: z.number().int() }) },
        },
      },
      async (request, reply) => {
        const result = await logOut(
          { actor: request.actor, everywhere, context: requestContext(request) },
          deps,
        );
        clearSessionCookie(reply, deps.config);
        return result;
      },
    );
  }
};
