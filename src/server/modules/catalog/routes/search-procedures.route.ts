import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProcedureList, SearchProceduresQuery } from '../../../../contracts/catalog';
import type { CatalogDeps } from '../deps';
import { searchProcedures } from '../services/search-procedures';
import { TAGS } from './params';

export const searchProceduresRoute: FastifyPluginAsyncZod<{ deps: CatalogDeps }> = async (app, { deps }) => {
  app.get(
    '/procedures',
    {
      schema: {
        summary:
          'Search the procedure catalogue, with or without diacritics / Tra cứu thủ tục hành chính (có dấu hoặc không dấu)',
        tags: TAGS,
        querystring: SearchProceduresQuery,
        response: { 200: ProcedureList },
      },
    },
    async (request) => searchProcedures(request.query, deps),
  );
};
