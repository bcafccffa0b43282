import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TrustedRoot } from '../../../../contracts/signing';
import { requestContext } from '../../../platform/auth';
import type { SigningDeps } from '../deps';
import { readUpload } from '../lib/upload';
import { addTrustedRoots, listTrustedRoots, removeTrustedRoot } from '../services/manage-trusted-roots';

/** The trust list: root certificates (national, Ban Cơ yếu, commercial CAs) signatures must chain to. */
export const trustedRootsRoute: FastifyPluginAsyncZod<{ deps: SigningDeps }> = async (app, { deps }) => {
  app.get(
    '/signing/trusted-roots',
    {
      schema: {
        summary: 'Root certificates this instance trusts (public) / Danh sách chứng thư gốc tin cậy',
        tags: ['trusted-roots'],
        response: { 200: z.object({ items: z.array(TrustedRoot) }) },
      },
    },
    async () => ({ items: await listTrustedRoots(deps) }),
  );
  app.post(
    '/signing/trusted-roots',
    {
      schema: {
        summary: 'Add root certificates, PEM or DER (system administrators) / Thêm chứng thư gốc tin cậy',
        tags: ['trusted-roots'],
        response: { 201: z.object({ items: z.array(TrustedRoot) }) },
      },
    },
    async (request, reply) => {
      const upload = async () => {
        const { file, fields } = await readUpload(request);
        return { file, note: fields.note?.slice(0, 300) };
      };
      const items = await addTrustedRoots(
        { actor: request.actor, upload, context: requestContext(request) },
        deps,
      );
      return reply.status(201).send({ items });
    },
  );
  app.delete(
    '/signing/trusted-roots/:fingerprint',
    {
      schema: {
        summary: 'Remove a root added through the API / Gỡ chứng thư gốc',
        tags: ['trusted-roots'],
        params: z.object({ fingerprint: z.string().regex(/^[0-9a-fA-F]{64}$/) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeTrustedRoot(
        { actor: request.actor, fingerprint: request.params.fingerprint, context: requestContext(request) },
        deps,
      );
      return reply.status(204).send(null);
    },
  );
};
