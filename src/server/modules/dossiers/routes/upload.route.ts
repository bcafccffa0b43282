import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Upload } from '../../../../contracts/dossiers';
import { AppError } from '../../../platform/errors';
import type { DossierDeps } from '../deps';
import { uploadFile } from '../services/upload-file';

export const uploadRoute: FastifyPluginAsyncZod<{ deps: DossierDeps }> = async (app, { deps }) => {
  await app.register(multipart, { limits: { fileSize: deps.config.uploadLimitBytes, files: 1, fields: 5 } });
  app.post(
    '/uploads',
    {
      config: { signedIn: true },
      schema: {
        summary: 'Upload one paper (PDF, JPEG or PNG, checked by content) / Tải lên giấy tờ',
        tags: ['dossiers'],
        consumes: ['multipart/form-data'],
        response: { 201: Upload },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
      const file = await request.file();
      if (!file) throw new AppError('VALIDATION_FAILED', { vi: 'Chưa chọn tệp.', en: 'No file was sent.' });
      const uploaded = await uploadFile(
        {
          actor: request.actor,
          filename: file.filename,
          content: file.file,
          wasTruncated: () => file.file.truncated,
        },
        deps,
      );
      return reply.status(201).send(uploaded);
    },
  );
};
