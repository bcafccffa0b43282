import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Version } from '../../../../contracts/catalog';
import type { CatalogDeps } from '../deps';
import { listVersions } from '../services/list-versions';
import { codeParams, TAGS } from './params';

export const listVersionsRoute: FastifyPluginAsyncZod<{ deps: CatalogDeps }> = async (app, { deps }) => {
  app.get(
    '/procedures/:code/versions',
    {
      schema: {
        summary: 'Every version of a procedure (ended, in force, scheduled) / Các phiên bản của thủ tục',
        tags: TAGS,
        params: codeParams,
        response: { 200: z.object({ items: z.array(Version) }) },
      },
    },
    async (request) => ({ items: await listVersions({ code: request.params.code }, deps) }),
  );
};
