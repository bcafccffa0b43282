import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EformValidation, ValidateEformRequest } from '../../../../contracts/catalog';
import type { CatalogDeps } from '../deps';
import { validateEform } from '../services/validate-eform';
import { codeParams, TAGS } from './params';

export const validateEformRoute: FastifyPluginAsyncZod<{ deps: CatalogDeps }> = async (app, { deps }) => {
  app.post(
    '/procedures/:code/eform/validate',
    {
      schema: {
        summary:
          'Check form data against the e-form in force, with Vietnamese and English messages / Kiểm tra dữ liệu tờ khai',
        tags: TAGS,
        params: codeParams,
        body: ValidateEformRequest,
        response: { 200: EformValidation },
      },
    },
    async (request) => validateEform({ code: request.params.code, data: request.body.data }, deps),
  );
};
