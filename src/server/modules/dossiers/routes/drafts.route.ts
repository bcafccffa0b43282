import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AttachmentRef, DraftList, DraftSchema } from '../../../../contracts/dossiers';
import { AppError } from '../../../platform/errors';
import type { DossierDeps } from '../deps';
import { deleteDraft, findDraft, listDrafts, saveDraft } from '../repo/drafts.repo';

const present = (d: NonNullable<Awaited<ReturnType<typeof findDraft>>>) => ({
  procedureCode: d.procedure_code,
  agencyId: d.agency_id,
  formData: d.form_data as Record<string, unknown>,
  attachments: d.attachments as unknown[],
  updatedAt: new Date(d.updated_at).toISOString(),
});
const params = z.object({ code: z.string().regex(/^\d\.\d{6}$/) });

/** Drafts save as the citizen types (the portal autosaves), one per procedure, so nothing typed is lost. */
export const draftsRoute: FastifyPluginAsyncZod<{ deps: DossierDeps }> = async (app, { deps }) => {
  const citizen = (actor: { kind: string; accountId?: string }) => {
    if (actor.kind !== 'citizen' || !actor.accountId) throw new AppError('FORBIDDEN');
    return actor.accountId;
  };
  // The list answers 200 with no items when there is nothing saved: having no draft is not an error.
  app.get(
    '/me/drafts',
    {
      config: { signedIn: true },
      schema: {
        summary: 'My saved drafts, one procedure’s with ?procedure= / Bản nháp của tôi',
        tags: ['dossiers'],
        querystring: z.object({ procedure: params.shape.code.optional() }),
        response: { 200: DraftList },
      },
    },
    async (request) => ({
      items: (await listDrafts(deps.db, citizen(request.actor as never), request.query.procedure, 100)).map(
        present,
      ),
    }),
  );
  app.get(
    '/me/drafts/:code',
    {
      config: { signedIn: true },
      schema: {
        summary: 'My saved draft of a procedure / Bản nháp',
        tags: ['dossiers'],
        params,
        response: { 200: DraftSchema },
      },
    },
    async (request) => {
      const d = await findDraft(deps.db, citizen(request.actor as never), request.params.code);
      if (!d) throw new AppError('NOT_FOUND');
      return present(d);
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
