import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DossierDeps } from '../deps';
import { controlSlip } from '../services/control-slip';
import { openDossierFile } from '../services/open-dossier-file';

export const documentsRoute: FastifyPluginAsyncZod<{ deps: DossierDeps }> = async (app, { deps }) => {
  for (const kind of ['documents', 'attachments'] as const)
    app.get(
      `/dossiers/:id/${kind}/:fileId`,
      {
        schema: {
          summary:
            kind === 'documents'
              ? 'Download a paper the dossier produced (receipt, signed result…) / Tải văn bản của hồ sơ'
              : 'Download an attached paper / Tải giấy tờ đính kèm',
          tags: ['dossiers'],
          params: z.object({ id: z.uuid(), fileId: z.uuid() }),
        },
      },
      async (request, reply) => {
        const file = await openDossierFile(
          {
            actor: request.actor,
            dossierId: request.params.id,
            fileId: request.params.fileId,
            kind,
            requestId: String(request.id),
          },
          deps,
        );
        reply
          .type(file.mediaType)
          .header(
            'content-disposition',
            `inline; filename="${file.asciiName}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
          )
          .header('cache-control', 'private, no-store');
        return reply.send(file.stream);
      },
    );
  app.get(
    '/dossiers/:id/control-slip',
    {
      schema: {
        summary:
          'Processing control slip (Mẫu 06) with every hand-over / Phiếu kiểm soát quá trình giải quyết hồ sơ',
        tags: ['dossiers'],
        params: z.object({ id: z.uuid() }),
      },
    },
    async (request, reply) => {
      const slip = await controlSlip({ actor: request.actor, dossierId: request.params.id }, deps);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${slip.filename}"`)
        .header('cache-control', 'private, no-store')
        .send(slip.content);
    },
  );
};
