import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DispatchRequest,
  PostalQuote,
  PostalRequest,
  PostalRequestInput,
} from '../../../../contracts/pickup';
import type { PickupDeps } from '../deps';
import { quotePostal, requestPostal } from '../services/postal';
import { advancePostal, listAgencyPostal } from '../services/postal-desk';

export const postalRoute: FastifyPluginAsyncZod<{ deps: PickupDeps }> = async (app, { deps }) => {
  app.get(
    '/dossiers/:id/pickup/postal-fee',
    {
      schema: {
        summary: 'Postal delivery fee of my dossier’s result to a commune / Phí nhận kết quả qua bưu chính',
        tags: ['pickup'],
        params: z.object({ id: z.uuid() }),
        querystring: z.object({ unitCode: PostalRequestInput.shape.unitCode }),
        response: { 200: PostalQuote },
      },
    },
    async (request) =>
      quotePostal(
        {
          actor: request.actor,
          dossierId: request.params.id,
          unitCode: request.query.unitCode,
          requestId: String(request.id),
        },
        deps,
      ),
  );
  app.post(
    '/pickup/postal',
    {
      schema: {
        summary: 'Ask for the result by public postal service / Đăng ký nhận kết quả qua bưu chính công ích',
        tags: ['pickup'],
        body: PostalRequestInput,
        response: { 201: PostalRequest },
      },
    },
    async (request, reply) => {
      const created = await requestPostal(
        { actor: request.actor, body: request.body, requestId: String(request.id) },
        deps,
      );
      return reply.code(201).send(created);
    },
  );
  app.get(
    '/pickup/desks/:agencyId/postal',
    {
      schema: {
        summary: 'Postal deliveries of an agency / Danh sách gửi kết quả qua bưu chính',
        tags: ['pickup'],
        params: z.object({ agencyId: z.uuid() }),
        response: { 200: z.object({ items: z.array(PostalRequest) }) },
      },
    },
    async (request) => ({
      items: await listAgencyPostal({ actor: request.actor, agencyId: request.params.agencyId }, deps),
    }),
  );
  app.post(
    '/pickup/postal/:id/dispatch',
    {
      schema: {
        summary: 'Record the hand-over to the post office / Đã gửi bưu điện',
        tags: ['pickup'],
        params: z.object({ id: z.uuid() }),
        body: DispatchRequest,
        response: { 200: PostalRequest },
      },
    },
    async (request) =>
      advancePostal(
        {
          actor: request.actor,
          postalId: request.params.id,
          step: 'dispatch',
          trackingNumber: request.body.trackingNumber,
          requestId: String(request.id),
        },
        deps,
      ),
  );
  app.post(
    '/pickup/postal/:id/deliver',
    {
      schema: {
        summary: 'Record the delivery / Đã phát thành công',
        tags: ['pickup'],
        params: z.object({ id: z.uuid() }),
        response: { 200: PostalRequest },
      },
    },
    async (request) =>
      advancePostal(
        { actor: request.actor, postalId: request.params.id, step: 'deliver', requestId: String(request.id) },
        deps,
      ),
  );
};
