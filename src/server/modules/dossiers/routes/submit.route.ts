import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DossierDetail, SubmitDossierRequest } from '../../../../contracts/dossiers';
import type { DossierDeps } from '../deps';
import { getDossier } from '../services/get-dossier';
import { submitDossier } from '../services/submit-dossier';

export const submitRoute: FastifyPluginAsyncZod<{ deps: DossierDeps }> = async (app, { deps }) => {
  app.post(
    '/dossiers',
    {
      config: { signedIn: true },
      schema: {
        summary: 'Submit a dossier online; retry safely with the same Idempotency-Key / Nộp hồ sơ trực tuyến',
        tags: ['dossiers'],
        headers: z.object({ 'idempotency-key': z.string().min(8).max(200) }),
        body: SubmitDossierRequest,
        response: { 201: DossierDetail, 200: DossierDetail },
      },
    },
    async (request, reply) => {
      const {
        dossier,
        replayed,
        detail: written,
      } = await submitDossier(
        {
          actor: request.actor,
          ...request.body,
          idempotencyKey: request.headers['idempotency-key'],
          requestId: String(request.id),
        },
        deps,
      );
      // A new dossier is answered from what the submission wrote; a replay is read back.
      const detail =
        written ??
        (await getDossier(
          { actor: request.actor, dossierId: dossier.id, requestId: String(request.id) },
          deps,
        ));
      return reply.status(replayed ? 200 : 201).send(detail);
    },
  );
};
