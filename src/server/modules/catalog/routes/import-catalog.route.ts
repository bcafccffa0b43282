import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ImportSummary } from '../../../../contracts/catalog';
import { requestContext } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { CatalogDeps } from '../deps';
import { importCatalog } from '../services/import-catalog';
import { TAGS } from './params';

export const importCatalogRoute: FastifyPluginAsyncZod<{ deps: CatalogDeps }> = async (app, { deps }) => {
  app.post(
    '/catalog/import',
    {
      bodyLimit: deps.uploadLimitBytes,
      schema: {
        summary: 'Import a catalogue file (JSON or Excel), all or nothing / Nhập danh mục thủ tục',
        description:
          'A multipart upload with one file (.json or .xlsx as exported by `GET /catalog/export`), or the JSON document as the body. One transaction: any broken row answers 400 listing every row (sheet and row number for a workbook) with its reason, and nothing is applied.',
        tags: TAGS,
        consumes: ['multipart/form-data', 'application/json'],
        response: { 200: ImportSummary },
      },
    },
    async (request) =>
      importCatalog(
        {
          actor: request.actor,
          context: requestContext(request),
          read: async () => {
            if (!request.isMultipart()) return { json: request.body };
            const file = await request.file();
            if (!file)
              throw new AppError('VALIDATION_FAILED', {
                vi: 'Chưa chọn tệp để nhập.',
                en: 'No file was uploaded.',
              });
            return { filename: file.filename, data: await file.toBuffer() };
          },
        },
        deps,
      ),
  );
};
