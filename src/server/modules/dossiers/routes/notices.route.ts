import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { NoticeList } from '../../../../contracts/dossiers';
import { AppError } from '../../../platform/errors';
import type { DossierDeps } from '../deps';
import { listNotices } from '../repo/notices.repo';

export const noticesRoute: FastifyPluginAsyncZod<{ deps: DossierDeps }> = async (app, { deps }) => {
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
