import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PreviewEformRequest, PreviewEformResponse } from '../../../../contracts/catalog';
import type { CatalogDeps } from '../deps';
import { previewEform } from '../services/preview-eform';
import { TAGS } from './params';

export const previewEformRoute: FastifyPluginAsyncZod<{ deps: CatalogDeps }> = async (app) => {
  app.post(
    '/catalog/eform-preview',
    {
      schema: {
        summary:
          'Check an unsaved e-form and validate sample data against it / Xem trước biểu mẫu điện tử khi soạn',
        tags: TAGS,
        body: PreviewEformRequest,
        response: { 200: PreviewEformResponse },
      },
    },
    async (request) =>
      previewEform({ actor: request.actor, eform: request.body.eform, data: request.body.data }),
  );
};
