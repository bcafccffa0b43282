import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { FieldList } from '../../../../contracts/catalog';
import type { CatalogDeps } from '../deps';
import { listFields } from '../services/list-fields';
import { TAGS } from './params';

export const listFieldsRoute: FastifyPluginAsyncZod<{ deps: CatalogDeps }> = async (app, { deps }) => {
  app.get(
    '/procedure-fields',
    {
      schema: {
        summary: 'Fields of the catalogue, for filters / Lĩnh vực thủ tục',
        tags: TAGS,
        response: { 200: FieldList },
      },
    },
    async () => ({ items: await listFields(deps) }),
  );
};
