import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Agency, CreateAgencyRequest, UpdateAgencyRequest } from '../../../../contracts/identity';
import { requestContext } from '../../../platform/auth';
import type { IdentityDeps } from '../deps';
import { createAgency, editAgency, getAgency, listAllAgencies } from '../services/manage-agencies';

const params = z.object({ id: z.uuid() });

export const agenciesRoute: FastifyPluginAsyncZod<{ deps: IdentityDeps }> = async (app, { deps }) => {
  app.get(
    '/agencies',
    {
      schema: {
        summary: 'Agencies (public directory) / Danh bạ cơ quan',
        tags: ['agencies'],
        querystring: z.object({ kind: Agency.shape.kind.optional() }),
        response: { 200: z.object({ items: z.array(Agency) }) },
      },
    },
    async (request) => ({ items: await listAllAgencies({ kind: request.query.kind }, deps) }),
  );
  app.get(
    '/agencies/:id',
    {
      schema: {
        summary: 'One agency / Thông tin cơ quan',
        tags: ['agencies'],
        params,
        response: { 200: Agency },
      },
    },
    async (request) => getAgency({ id: request.params.id }, deps),
  );
  app.post(
    '/agencies',
    {
      schema: {
        summary: 'Add an agency under one you administer / Thêm cơ quan',
        tags: ['agencies'],
        body: CreateAgencyRequest,
        response: { 201: Agency },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createAgency(
            { actor: request.actor, agency: request.body, context: requestContext(request) },
            deps,
          ),
        ),
  );
  app.patch(
    '/agencies/:id',
    {
      schema: {
        summary: 'Edit an agency’s name and contacts / Sửa thông tin cơ quan',
        tags: ['agencies'],
        params,
        body: UpdateAgencyRequest,
        response: { 200: Agency },
      },
    },
    async (request) =>
      editAgency(
        {
          actor: request.actor,
          id: request.params.id,
          changes: request.body,
          context: requestContext(request),
        },
        deps,
      ),
  );
};
