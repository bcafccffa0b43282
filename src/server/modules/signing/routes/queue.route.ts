import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BatchSignRequest, BatchSignResult, QueueItem } from '../../../../contracts/signing';
import { requestContext } from '../../../platform/auth';
import type { SigningDeps } from '../deps';
import { batchSign } from '../services/batch-sign';
import { listSigningQueue } from '../services/list-queue';

/** The signing queue of a leader or clerk, and signing several documents in one go. */
export const queueRoute: FastifyPluginAsyncZod<{ deps: SigningDeps }> = async (app, { deps }) => {
  app.get(
    '/signing/queue',
    {
      schema: {
        summary: 'Documents awaiting my signature / Văn bản chờ ký',
        tags: ['signing-queue'],
        response: { 200: z.object({ items: z.array(QueueItem) }) },
      },
    },
    async (request) => ({ items: await listSigningQueue({ actor: request.actor }, deps) }),
  );
  app.post(
    '/signing/queue/sign',
    {
      schema: {
        summary: 'Sign several documents of the queue / Ký hàng loạt',
        tags: ['signing-queue'],
        body: BatchSignRequest,
        response: { 200: BatchSignResult },
      },
    },
    async (request) =>
      batchSign({ actor: request.actor, ...request.body, context: requestContext(request) }, deps),
  );
};
