import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AccessLogEntry } from '../../../../contracts/identity';
import { requestContext } from '../../../platform/auth';
import type { IdentityDeps } from '../deps';
import { listMyAccessLog } from '../services/list-access-log';
import { viewPerson } from '../services/view-person';

const Person = z.object({
  id: z.uuid(),
  fullName: z.string(),
  personalId: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  sex: z.enum(['male', 'female']).nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.object({
    unitCode: z.string().nullable(),
    unitName: z.string().nullable(),
    line: z.string().nullable(),
  }),
  identityVerifiedBy: z.enum(['eid', 'desk']).nullable(),
});

export const peopleRoute: FastifyPluginAsyncZod<{ deps: IdentityDeps }> = async (app, { deps }) => {
  app.get(
    '/me/access-log',
    {
      schema: {
        summary: 'Who viewed or changed my data / Nhật ký truy cập dữ liệu của tôi',
        tags: ['me'],
        response: { 200: z.object({ items: z.array(AccessLogEntry) }) },
      },
    },
    async (request) => ({ items: await listMyAccessLog({ actor: request.actor }, deps) }),
  );
  app.get(
    '/people/:id',
    {
      schema: {
        summary: 'Staff: open a citizen’s record (audited) / Xem thông tin công dân',
        tags: ['people'],
        params: z.object({ id: z.uuid() }),
        response: { 200: Person },
      },
    },
    async (request) =>
      viewPerson(
        { actor: request.actor, accountId: request.params.id, context: requestContext(request) },
        deps,
      ),
  );
  app.get(
    '/people',
    {
      schema: {
        summary: 'Staff: find a citizen by identification number (audited) / Tìm công dân',
        tags: ['people'],
        querystring: z.object({ personalId: z.string().regex(/^\d{12}$/) }),
        response: { 200: Person },
      },
    },
    async (request) =>
      viewPerson(
        { actor: request.actor, personalId: request.query.personalId, context: requestContext(request) },
        deps,
      ),
  );
};
