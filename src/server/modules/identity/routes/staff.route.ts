import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CreateStaffRequest, SetRolesRequest, StaffMember } from '../../../../contracts/identity';
import { requestContext } from '../../../platform/auth';
import type { IdentityDeps } from '../deps';
import { createStaff, listStaff, setStaffRoles } from '../services/manage-staff';

export const staffRoute: FastifyPluginAsyncZod<{ deps: IdentityDeps }> = async (app, { deps }) => {
  app.get(
    '/agencies/:id/staff',
    {
      schema: {
        summary: 'Staff of an agency and their roles / Cán bộ của cơ quan',
        tags: ['staff'],
        params: z.object({ id: z.uuid() }),
        response: { 200: z.object({ items: z.array(StaffMember) }) },
      },
    },
    async (request) => ({
      items: await listStaff({ actor: request.actor, agencyId: request.params.id }, deps),
    }),
  );
  app.post(
    '/agencies/:id/staff',
    {
      schema: {
        summary: 'Create a staff account with roles / Thêm cán bộ',
        tags: ['staff'],
        params: z.object({ id: z.uuid() }),
        body: CreateStaffRequest,
        response: { 201: StaffMember },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await createStaff(
          {
            actor: request.actor,
            agencyId: request.params.id,
            staff: request.body,
            context: requestContext(request),
          },
          deps,
        ),
      ),
  );
  app.put(
    '/agencies/:id/staff/:accountId/roles',
    {
      schema: {
        summary: 'Replace a staff member’s roles in the agency / Phân quyền',
        tags: ['staff'],
        params: z.object({ id: z.uuid(), accountId: z.uuid() }),
        body: SetRolesRequest,
        response: { 200: z.object({ accountId: z.uuid(), roles: SetRolesRequest.shape.roles }) },
      },
    },
    async (request) =>
      setStaffRoles(
        {
          actor: request.actor,
          agencyId: request.params.id,
          accountId: request.params.accountId,
          roles: request.body.roles,
          context: requestContext(request),
        },
        deps,
      ),
  );
};
