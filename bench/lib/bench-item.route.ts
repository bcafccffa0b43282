import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../src/server/platform/errors';
import type { Platform } from '../../src/server/platform/platform';
import { findBenchItem } from './bench-items';

const BenchItem = z.object({
  code: z.string().min(1).max(20),
  name: z.string().min(1).max(200),
  data: z.object({
    level: z.number().int().min(1).max(4),
    fee: z.number().int().min(0),
    agency: z.string().min(1).max(200),
    tags: z.array(z.string()),
    updated: z.string(),
  }),
});

/** The bench's public read, shaped like a real route: params and response schemas, presenter, AppError. */
export const benchItemRoute: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  app.get(
    '/bench-items/:code',
    {
      schema: {
        summary: 'Bench lookup by primary key',
        hide: true,
        params: z.object({ code: z.string().min(1).max(20) }),
        response: { 200: BenchItem },
      },
    },
    async (request) => {
      const row = await findBenchItem(platform.db, request.params.code);
      if (!row) throw new AppError('NOT_FOUND');
      return { code: row.code, name: row.name, data: row.data };
    },
  );
};
