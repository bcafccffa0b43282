import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AttachmentRef } from '../../../../contracts/dossiers';
import { AppError } from '../../../platform/errors';
import type { DossierDeps } from '../deps';
import { deleteDraft, findDraft, saveDraft } from '../repo/drafts.repo';

const Draft = z.object({
  procedureCode: z.string(),
  agencyId: z.uuid().nullable(),
  formData: z.record(z.string(), z.unknown()),
  attachments: z.array(z.unknown()),
  updatedAt: z.iso.datetime(),
});
const params = z.object({ code: z.string().regex(/^\d\.\d{6}$/) });

/** Drafts save as the citizen types (the portal autosaves), one per procedure, so nothing typed is lost. */
export const draftsRoute: FastifyPluginAsyncZod<{ deps: DossierDeps }> = async (app, { deps }) => {
  const citizen = (actor: { kind: string; accountId?: string }) => {
    if (actor.kind !== 'citizen' || !actor.accountId) throw new AppError('FORBIDDEN');
    return actor.accountId;
  };
  app.get(
    '/me/drafts/:code',
    {
      config: { signedIn: true },
      schema: {
        summary: 'My saved draft of a procedure / Bản nháp',
        tags: ['dossiers'],
        params,
        response: { 200: Draft },
      },
    },
    async (request) => {
      const d = await findDraft(deps.db, citizen(request.actor as never), request.params.code);
      if (!d) throw new AppError('NOT_FOUND');
      return {
        procedureCode: d.procedure_code,
        agencyId: d.agency_id,
        formData: d.form_data as Record<string, unknown>,
        attachments: d.attachments as unknown[],
        updatedAt: new Date(d.updated_at).toISOString(),
      };
    },
  );
  app.put(
    '/me/drafts/:code',
    {
      config: { signedIn: true },
      bodyLimit: 512 * 1024,
      schema: {
        summary: 'Save my draft (autosave) / Lưu nháp',
        tags: ['dossiers'],
        params,
        body: z.object({
          agencyId: z.uuid().nullable(),
          formData: z.record(z.string(), z.unknown()),
          attachments: z.array(AttachmentRef).max(60),
        }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await saveDraft(deps.db, {
        ownerId: citizen(request.actor as never),
        procedureCode: request.params.code,
        ...request.body,
      });
      return reply.status(204).send(null);
    },
  );
  app.delete(
    '/me/drafts/:code',
    {
      config: { signedIn: true },
      schema: {
        summary: 'Discard my draft / Xóa nháp',
        tags: ['dossiers'],
        params,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteDraft(deps.db, citizen(request.actor as never), request.params.code);
      return reply.status(204).send(null);
    },
  );
};
