import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ForgotPasswordRequest, ResetPasswordRequest } from '../../../../contracts/identity';
import { requestContext } from '../../../platform/auth';
import type { IdentityDeps } from '../deps';
import { requestPasswordReset, resetPassword } from '../services/reset-password';

export const passwordResetRoute: FastifyPluginAsyncZod<{ deps: IdentityDeps }> = async (app, { deps }) => {
  app.post(
    '/auth/password/forgot',
    {
      config: { csrf: false, rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        summary: 'Send a password-reset link (same answer for every login) / Quên mật khẩu',
        tags: ['auth'],
        body: ForgotPasswordRequest,
        response: { 202: z.object({ accepted: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      await requestPasswordReset({ login: request.body.login, context: requestContext(request) }, deps);
      return reply.status(202).send({ accepted: true as const });
    },
  );
  app.post(
    '/auth/password/reset',
    {
      config: { csrf: false, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        summary: 'Set a new password with a reset link / Đặt lại mật khẩu',
        tags: ['auth'],
        body: ResetPasswordRequest,
        response: { 200: z.object({ reset: z.literal(true) }) },
      },
    },
    async (request) => {
      await resetPassword({ ...request.body, context: requestContext(request) }, deps);
      return { reset: true as const };
    },
  );
};
