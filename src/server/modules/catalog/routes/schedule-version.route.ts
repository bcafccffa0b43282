import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Version, VersionInput } from '../../../../contracts/catalog';
import { requestContext } from '../../../platform/auth';
import type { CatalogDeps } from '../deps';
import { scheduleVersion } from '../services/schedule-version';
import { codeParams, TAGS } from './params';

export const scheduleVersionRoute: FastifyPluginAsyncZod<{ deps: CatalogDeps }> = async (app, { deps }) => {
  app.post(
    '/procedures/:code/versions',
    {
      schema: {
        summary:
          'Schedule a new version from an effective date (409 on overlapping periods) / Công bố phiên bản mới',
        tags: TAGS,
        params: codeParams,
        body: VersionInput,
        response: { 201: Version },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await scheduleVersion(
          {
            actor: request.actor,
            code: request.params.code,
            version: request.body,
            context: requestContext(request),
          },
          deps,
        ),
      ),
  );
};
