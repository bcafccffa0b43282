import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProcedureDetail } from '../../../../contracts/catalog';
import type { CatalogDeps } from '../deps';
import { getProcedure } from '../services/get-procedure';
import { codeParams, TAGS } from './params';

export const getProcedureRoute: FastifyPluginAsyncZod<{ deps: CatalogDeps }> = async (app, { deps }) => {
  app.get(
    '/procedures/:code',
    {
      schema: {
        summary: 'A procedure with the version in force today / Thông tin thủ tục và phiên bản đang áp dụng',
        description:
          'The version in force today (Asia/Ho_Chi_Minh) is `currentVersion`; its e-form JSON Schema (draft 2020-12 subset) is at `currentVersion.eform.schema` and the UI hints (sections, Vietnamese and English labels, visibleIf, repeating groups) at `currentVersion.eform.ui`. / Lược đồ JSON của biểu mẫu điện tử ở `currentVersion.eform.schema`.',
        tags: TAGS,
        params: codeParams,
        response: { 200: ProcedureDetail },
      },
    },
    async (request) => getProcedure({ code: request.params.code }, deps),
  );
};
