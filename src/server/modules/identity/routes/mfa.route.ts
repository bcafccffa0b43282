import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestContext } from '../../../platform/auth';
import type { IdentityDeps } from '../deps';
import { currentTotp, demoTotpSecret } from '../lib/totp';
import { findAccountByLogin } from '../repo/accounts.repo';
import { confirmTotpEnrolment, startTotpEnrolment } from '../services/enrol-totp';
import { verifyMfa } from '../services/verify-mfa';

const code = z.string().regex(/^\d{6}$/, '6 chữ số / 6 digits');

export const mfaRoute: FastifyPluginAsyncZod<{ deps: IdentityDeps }> = async (app, { deps }) => {
  app.post(
    '/auth/mfa/enrol',
    {
      schema: {
        summary: 'Start two-factor enrolment: a TOTP secret and its QR code / Bật xác thực hai lớp',
        tags: ['auth'],
        response: { 200: z.object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() }) },
      },
    },
    async (request) => startTotpEnrolment({ actor: request.actor }, deps),
  );
  app.post(
    '/auth/mfa/enrol/confirm',
    {
      schema: {
        summary: 'Confirm enrolment with a first code; returns one-time recovery codes / Xác nhận',
        tags: ['auth'],
        body: z.object({ code }),
        response: { 200: z.object({ recoveryCodes: z.array(z.string()) }) },
      },
    },
    async (request) =>
      confirmTotpEnrolment(
        { actor: request.actor, code: request.body.code, context: requestContext(request) },
        deps,
      ),
  );
  app.post(
    '/auth/mfa/verify',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        summary: 'Second sign-in step with a TOTP or recovery code / Xác thực hai lớp',
        tags: ['auth'],
        body: z
          .object({
            code: code.optional(),
            recoveryCode: z
              .string()
              .regex(/^[a-z0-9]{4}-?[a-z0-9]{4}$/i)
              .optional(),
          })
          .refine((b) => b.code || b.recoveryCode, {
            message: 'code hoặc recoveryCode / code or recoveryCode',
            path: ['code'],
          }),
        response: { 200: z.object({ recoveryCodesLeft: z.number().int() }) },
      },
    },
    async (request) =>
      verifyMfa({ actor: request.actor, ...request.body, context: requestContext(request) }, deps),
  );
  if (deps.config.demo)
    // Demo mode only (refused in production): the sign-in page shows the demo staff's current code.
    app.get(
      '/demo/totp/:username',
      {
        schema: {
          summary: 'Demo only: the current TOTP code of a demo staff account / Mã demo',
          tags: ['demo'],
          params: z.object({ username: z.string().regex(/^[a-z0-9._-]{3,64}$/) }),
          response: { 200: z.object({ code: z.string() }) },
        },
      },
      async (request) => {
        // Each time step is accepted once: after a sign-in in this 30-second step, offer the next
        // step's code (inside the allowed drift) so a second demo sign-in does not have to wait.
        const account = await findAccountByLogin(deps.db, request.params.username);
        const step = Math.floor(Date.now() / 30_000);
        const used = Number(account?.totp_last_step ?? 0) >= step;
        const at = used ? (step + 1) * 30_000 : Date.now();
        return { code: currentTotp(demoTotpSecret(deps.config.secretKey, request.params.username), at) };
      },
    );
};
