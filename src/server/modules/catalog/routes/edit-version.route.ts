import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Version, VersionInput } from '../../../../contracts/catalog';
import { requestContext } from '../../../platform/auth';
import type { CatalogDeps } from '../deps';
import { editVersion } from '../services/edit-version';
import { TAGS, versionParams } from './params';

export const editVersionRoute: FastifyPluginAsyncZod<{ deps: CatalogDeps }> = async (app, { deps }) => {
  app.put(
    '/procedures/:code/versions/:version',
    {
      schema: {
        summary: 'Replace a version that has not taken effect yet / Sửa phiên bản chưa có hiệu lực',
        tags: TAGS,
        params: versionParams,
        body: VersionInput,
        response: { 200: Version },
      },
    },
    async (request) =>
      editVersion(
        {
          actor: request.actor,
          code: request.params.code,
          number: request.params.version,
          version: request.body,
          context: requestContext(request),
        },
        deps,
      ),
  );
};
