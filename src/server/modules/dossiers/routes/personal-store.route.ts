import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PersonalDocumentList } from '../../../../contracts/dossiers';
import type { DossierDeps } from '../deps';
import { listPersonalDocuments } from '../services/list-personal-documents';

export const personalStoreRoute: FastifyPluginAsyncZod<{ deps: DossierDeps }> = async (app, { deps }) => {
  app.get(
    '/me/documents',
    {
      config: { signedIn: true },
      schema: {
        summary:
          'My personal data store: digitised papers and electronic results to reuse / Kho dữ liệu của tôi',
        tags: ['me'],
        response: { 200: PersonalDocumentList },
      },
    },
    async (request) => listPersonalDocuments({ actor: request.actor }, deps),
  );
};
