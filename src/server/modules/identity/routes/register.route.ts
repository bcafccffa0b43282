import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ConfirmRequest,
  LoginResponse,
  RegisterRequest,
  RegisterResponse,
} from '../../../../contracts/identity';
import { requestContext } from '../../../platform/auth';
import type { IdentityDeps } from '../deps';
import { readSessionCookie, setSessionCookie } from '../lib/session-cookie';
import { confirmRegistration } from '../services/confirm-registration';
import { registerCitizen } from '../services/register-citizen';

export const registerRoute: FastifyPluginAsyncZod<{ deps: IdentityDeps }> = async (app, { deps }) => {
  app.post(
    '/auth/register',
    {
      config: { csrf: false, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        summary: 'Register a citizen account; a one-time code is sent / Đăng ký tài khoản',
        tags: ['auth'],
        body: RegisterRequest,
        response: { 201: RegisterResponse },
      },
    },
    async (request, reply) => {
      const result = await registerCitizen({ ...request.body, context: requestContext(request) }, deps);
      return reply.status(201).send(result);
    },
  );
  app.post(
    '/auth/register/confirm',
    {
      config: { csrf: false, rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        summary: 'Confirm registration with the one-time code / Xác nhận đăng ký',
        tags: ['auth'],
        body: ConfirmRequest,
        response: { 200: LoginResponse },
      },
    },
    async (request, reply) => {
      const previous = readSessionCookie(request, deps.config);
      const session = await confirmRegistration(
        {
          ...request.body,
          previousToken: previous === 'tampered' ? undefined : previous,
          context: requestContext(request),
        },
        deps,
      );
      setSessionCookie(reply, deps.config, session.token, session.maxAgeSeconds);
      return {
        id: session.accountId,
        kind: 'citizen' as const,
        csrfToken: session.csrfToken,
        mfa: 'none' as const,
      };
    },
  );
};
