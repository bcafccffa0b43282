import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CreateProcedureRequest, ProcedureDetail } from '../../../../contracts/catalog';
import { requestContext } from '../../../platform/auth';
import type { CatalogDeps } from '../deps';
import { createProcedure } from '../services/create-procedure';
import { TAGS } from './params';

export const createProcedureRoute: FastifyPluginAsyncZod<{ deps: CatalogDeps }> = async (app, { deps }) => {
  app.post(
    '/procedures',
    {
      schema: {
        summary: 'Add a procedure with its first version / Thêm thủ tục vào danh mục',
        tags: TAGS,
        body: CreateProcedureRequest,
        response: { 201: ProcedureDetail },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createProcedure(
            { actor: request.actor, procedure: request.body, context: requestContext(request) },
            deps,
          ),
        ),
  );
};
