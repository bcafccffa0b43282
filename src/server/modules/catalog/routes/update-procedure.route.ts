import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProcedureDetail, UpdateProcedureRequest } from '../../../../contracts/catalog';
import { requestContext } from '../../../platform/auth';
import type { CatalogDeps } from '../deps';
import { updateProcedure } from '../services/update-procedure';
import { codeParams, TAGS } from './params';

export const updateProcedureRoute: FastifyPluginAsyncZod<{ deps: CatalogDeps }> = async (app, { deps }) => {
  app.patch(
    '/procedures/:code',
    {
      schema: {
        summary:
          'Edit a procedure’s name, field, levels or online service level / Sửa thông tin chung của thủ tục',
        tags: TAGS,
        params: codeParams,
        body: UpdateProcedureRequest,
        response: { 200: ProcedureDetail },
      },
    },
    async (request) =>
      updateProcedure(
        {
          actor: request.actor,
          code: request.params.code,
          changes: request.body,
          context: requestContext(request),
        },
        deps,
      ),
  );
};
