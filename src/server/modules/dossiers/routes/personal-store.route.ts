import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NoticeList } from '../../../../contracts/dossiers';
import { AppError } from '../../../platform/errors';
import type { DossierDeps } from '../deps';
import { findPersonalDocuments } from '../repo/files.repo';
import { listNotices } from '../repo/notices.repo';

const PersonalDocument = z.object({
  id: z.uuid(),
  kind: z.enum(['digitised', 'result', 'certified_copy', 'upload']),
  title: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sourceDossierId: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
});

export const personalStoreRoute: FastifyPluginAsyncZod<{ deps: DossierDeps }> = async (app, { deps }) => {
  app.get(
    '/me/documents',
    {
      config: { signedIn: true },
      schema: {
        summary:
          'My personal data store: digitised papers and electronic results to reuse / Kho dữ liệu của tôi',
        tags: ['me'],
        response: { 200: z.object({ items: z.array(PersonalDocument) }) },
      },
    },
    async (request) => {
      if (request.actor.kind !== 'citizen') throw new AppError('FORBIDDEN');
      const rows = await findPersonalDocuments(deps.db, request.actor.accountId);
      return {
        items: rows.map((d) => ({
          id: d.id,
          kind: d.kind,
          title: d.title,
          mediaType: d.media_type,
          size: Number(d.size),
          sourceDossierId: d.source_dossier_id,
          createdAt: new Date(d.created_at).toISOString(),
        })),
      };
    },
  );
  app.get(
    '/me/notices',
    {
      config: { signedIn: true },
      schema: {
        summary: 'My notifications / Thông báo của tôi',
        tags: ['me'],
        response: { 200: NoticeList },
      },
    },
    async (request) => {
      if (request.actor.kind !== 'citizen' && request.actor.kind !== 'staff')
        throw new AppError('UNAUTHENTICATED');
      const rows = await listNotices(deps.db, request.actor.accountId, 100);
      return {
        items: rows.map((n) => ({
          id: n.id,
          dossierId: n.dossier_id,
          title: n.title,
          body: n.body,
          link: n.link,
          read: n.read_at != null,
          createdAt: new Date(n.created_at).toISOString(),
        })),
      };
    },
  );
};
