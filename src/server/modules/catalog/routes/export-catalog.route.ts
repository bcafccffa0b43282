import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CatalogDeps } from '../deps';
import { exportCatalog } from '../services/export-catalog';
import { TAGS } from './params';

export const exportCatalogRoute: FastifyPluginAsyncZod<{ deps: CatalogDeps }> = async (app, { deps }) => {
  app.get(
    '/catalog/export',
    {
      schema: {
        summary:
          'Export the catalogue as JSON or Excel for bulk editing / Xuất danh mục thủ tục (JSON, Excel)',
        description:
          'JSON: the `cuaso.catalog` document that `POST /catalog/import` takes back. xlsx: the same content, one sheet per list (Thủ tục, Phiên bản, Phí lệ phí, Thành phần hồ sơ …), headers "Label [key]".',
        tags: TAGS,
        querystring: z.object({ format: z.enum(['json', 'xlsx']).default('json') }),
      },
    },
    async (request, reply) => {
      const file = await exportCatalog({ actor: request.actor, format: request.query.format }, deps);
      return reply
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .type(file.contentType)
        .send(file.body);
    },
  );
};
