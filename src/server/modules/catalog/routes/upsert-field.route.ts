import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FieldRef } from '../../../../contracts/catalog';
import { requestContext } from '../../../platform/auth';
import type { CatalogDeps } from '../deps';
import { upsertField } from '../services/upsert-field';
import { fieldParams, TAGS } from './params';

export const upsertFieldRoute: FastifyPluginAsyncZod<{ deps: CatalogDeps }> = async (app, { deps }) => {
  app.put(
    '/procedure-fields/:code',
    {
      schema: {
        summary: 'Create or rename a field / Thêm hoặc đổi tên lĩnh vực',
        tags: TAGS,
        params: fieldParams,
        body: z.object({ name: z.string().trim().min(2).max(200) }),
        response: { 200: FieldRef },
      },
    },
    async (request) =>
      upsertField(
        {
          actor: request.actor,
          code: request.params.code,
          name: request.body.name,
          context: requestContext(request),
        },
        deps,
      ),
  );
};
