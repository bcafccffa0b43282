import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DossierDetail, SubmitDossierRequest } from '../../../../contracts/dossiers';
import type { DossierDeps } from '../deps';
import { getDossier } from '../services/get-dossier';
import { intakeAtDesk } from '../services/intake-at-desk';

const Applicant = z.object({
  fullName: z.string().trim().min(2).max(120),
  personalId: z
    .string()
    .regex(/^\d{12}$/)
    .nullable(),
  phone: z
    .string()
    .regex(/^0\d{9}$/)
    .nullable(),
  email: z.email().nullable(),
  address: z.string().trim().max(300).nullable(),
});

export const intakeRoute: FastifyPluginAsyncZod<{ deps: DossierDeps }> = async (app, { deps }) => {
  app.post(
    '/desk/dossiers',
    {
      config: { signedIn: true },
      schema: {
        summary: 'Walk-in intake by a receiver: enter, scan and accept at once / Tiếp nhận trực tiếp',
        tags: ['dossiers'],
        headers: z.object({ 'idempotency-key': z.string().min(8).max(200) }),
        body: SubmitDossierRequest.extend({
          applicantAccountId: z.uuid().optional(),
          applicant: Applicant.optional(),
        }),
        response: { 201: DossierDetail, 200: DossierDetail },
      },
    },
    async (request, reply) => {
      const outcome = await intakeAtDesk(
        {
          actor: request.actor,
          ...request.body,
          idempotencyKey: request.headers['idempotency-key'],
          requestId: String(request.id),
        },
        deps,
      );
      const detail = await getDossier(
        { actor: request.actor, dossierId: outcome.id, requestId: String(request.id) },
        deps,
      );
      return reply.status(outcome.replayed ? 200 : 201).send(detail);
    },
  );
};
