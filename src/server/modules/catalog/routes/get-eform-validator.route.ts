import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CatalogDeps } from '../deps';
import { getEformValidator } from '../services/get-eform-validator';
import { TAGS, versionParams } from './params';

const YEAR = 'public, max-age=31536000, immutable';

export const getEformValidatorRoute: FastifyPluginAsyncZod<{ deps: CatalogDeps }> = async (app, { deps }) => {
  app.get(
    '/procedures/:code/versions/:version/validator.js',
    {
      schema: {
        summary:
          "A version's precompiled e-form validator, an ES module for browsers / Bộ kiểm tra biểu mẫu biên dịch sẵn",
        description:
          "JavaScript module (Ajv standalone code) exporting `createValidator(runtime)`; it evaluates no code, so the portal can load it under `script-src 'self'`. Load it at the `eformValidator` address of the version: with the matching `v` (content hash) it is cached for a year; without it, revalidated on every use. The server check (`POST /procedures/{code}/eform/validate`) stays authoritative.",
        tags: TAGS,
        params: versionParams,
        querystring: z.object({ v: z.string().max(64).optional() }),
        produces: ['text/javascript'],
      },
    },
    async (request, reply) => {
      const { hash, source } = await getEformValidator(
        { code: request.params.code, version: request.params.version },
        deps,
      );
      const etag = `"${hash}"`;
      reply
        .type('text/javascript; charset=utf-8')
        .header('etag', etag)
        .header('cache-control', request.query.v === hash ? YEAR : 'no-cache');
      if (request.headers['if-none-match'] === etag) return reply.status(304).send();
      return reply.send(source);
    },
  );
};
