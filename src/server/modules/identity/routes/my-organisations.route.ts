import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OrganisationSchema } from '../../../../contracts/identity';
import { requestContext } from '../../../platform/auth';
import type { IdentityDeps } from '../deps';
import { actFor, myOrganisations, registerOrganisation } from '../services/manage-organisations';

export const myOrganisationsRoute: FastifyPluginAsyncZod<{ deps: IdentityDeps }> = async (app, { deps }) => {
  const list = { 200: z.object({ items: z.array(OrganisationSchema) }) };
  app.get(
    '/me/organisations',
    { schema: { summary: 'Organisations I represent / Tổ chức của tôi', tags: ['me'], response: list } },
    async (request) => ({ items: await myOrganisations({ actor: request.actor }, deps) }),
  );
  app.post(
    '/me/organisations',
    {
      schema: {
        summary: 'Register a business or household business I represent / Thêm tổ chức',
        tags: ['me'],
        body: z.object({
          kind: z.enum(['business', 'household_business']),
          name: z.string().trim().min(2).max(300),
          taxCode: z
            .string()
            .regex(/^\d{10}(-\d{3})?$/, 'Mã số thuế 10 hoặc 13 chữ số / 10- or 13-digit tax code'),
          addressUnitCode: z
            .string()
            .regex(/^\d{5}$/)
            .optional(),
          addressLine: z.string().trim().max(300).optional(),
        }),
        response: { 201: list[200] },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        items: await registerOrganisation(
          { actor: request.actor, organisation: request.body, context: requestContext(request) },
          deps,
        ),
      }),
  );
  app.post(
    '/me/acting-as',
    {
      schema: {
        summary: 'Act for an organisation I represent, or for myself (null) / Chọn tư cách',
        tags: ['me'],
        body: z.object({ organisationId: z.uuid().nullable() }),
        response: { 200: z.object({ actingOrganisationId: z.uuid().nullable() }) },
      },
    },
    async (request) =>
      actFor(
        {
          actor: request.actor,
          organisationId: request.body.organisationId,
          context: requestContext(request),
        },
        deps,
      ),
  );
};
