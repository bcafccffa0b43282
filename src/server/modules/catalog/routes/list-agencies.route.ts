import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AgencyList } from '../../../../contracts/catalog';
import type { CatalogDeps } from '../deps';
import { listOfferingAgencies } from '../services/list-offering-agencies';
import { TAGS } from './params';

export const listAgenciesRoute: FastifyPluginAsyncZod<{ deps: CatalogDeps }> = async (app, { deps }) => {
  app.get(
    '/procedure-agencies',
    {
      schema: {
        summary: 'Agencies that receive procedures, for filters / Cơ quan tiếp nhận thủ tục',
        tags: TAGS,
        response: { 200: AgencyList },
      },
    },
    async () => ({ items: await listOfferingAgencies(deps) }),
  );
};
