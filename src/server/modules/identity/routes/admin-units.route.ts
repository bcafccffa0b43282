import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AdminUnit, AdminUnitLookup } from '../../../../contracts/identity';
import type { IdentityDeps } from '../deps';
import { lookUpAdminUnit, searchUnits } from '../services/look-up-admin-unit';

export const adminUnitsRoute: FastifyPluginAsyncZod<{ deps: IdentityDeps }> = async (app, { deps }) => {
  app.get(
    '/admin-units',
    {
      schema: {
        summary: 'Search administrative units in force (and former ones) / Tra cứu đơn vị hành chính',
        tags: ['admin-units'],
        querystring: z.object({
          q: z.string().trim().max(100).optional(),
          province: z
            .string()
            .regex(/^\d{2}$/)
            .optional(),
          level: z.enum(['province', 'commune']).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).max(10_000).default(0),
        }),
        response: {
          200: z.object({
            items: z.array(AdminUnit),
            total: z.number().int(),
            formerUnits: AdminUnitLookup.shape.mergedInto,
          }),
        },
      },
    },
    async (request) => searchUnits({ ...request.query, provinceCode: request.query.province }, deps),
  );
  app.get(
    '/admin-units/:code',
    {
      schema: {
        summary: 'Resolve a unit code, including pre-2025 codes / Tra cứu mã đơn vị hành chính',
        tags: ['admin-units'],
        params: z.object({ code: z.string().max(10) }),
        response: { 200: AdminUnitLookup },
      },
    },
    async (request) => lookUpAdminUnit({ code: request.params.code }, deps),
  );
};
