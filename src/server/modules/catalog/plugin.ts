import multipart from '@fastify/multipart';
import type { FastifyPluginAsync } from 'fastify';
import type { Platform } from '../../platform/platform';
import type { CatalogDeps } from './deps';
import { cancelVersionRoute } from './routes/cancel-version.route';
import { createProcedureRoute } from './routes/create-procedure.route';
import { editVersionRoute } from './routes/edit-version.route';
import { exportCatalogRoute } from './routes/export-catalog.route';
import { getEformValidatorRoute } from './routes/get-eform-validator.route';
import { getProcedureRoute } from './routes/get-procedure.route';
import { importCatalogRoute } from './routes/import-catalog.route';
import { listAgenciesRoute } from './routes/list-agencies.route';
import { listFieldsRoute } from './routes/list-fields.route';
import { listVersionsRoute } from './routes/list-versions.route';
import { offerProcedureRoute } from './routes/offer-procedure.route';
import { previewEformRoute } from './routes/preview-eform.route';
import { scheduleVersionRoute } from './routes/schedule-version.route';
import { searchProceduresRoute } from './routes/search-procedures.route';
import { updateProcedureRoute } from './routes/update-procedure.route';
import { upsertFieldRoute } from './routes/upsert-field.route';
import { validateEformRoute } from './routes/validate-eform.route';
import { withdrawProcedureRoute } from './routes/withdraw-procedure.route';

export const catalogDeps = (platform: Platform): CatalogDeps => ({
  db: platform.db,
  logger: platform.logger,
  uploadLimitBytes: platform.config.uploadLimitBytes,
});

export const catalogPlugin: FastifyPluginAsync<{ platform: Platform }> = async (app, { platform }) => {
  const deps = catalogDeps(platform);
  // Only the import takes files; registered here, multipart parsing stays inside this module's routes.
  await app.register(multipart, { limits: { fileSize: deps.uploadLimitBytes, files: 1, fields: 10 } });
  for (const route of [
    searchProceduresRoute,
    getProcedureRoute,
    listVersionsRoute,
    getEformValidatorRoute,
    validateEformRoute,
    listFieldsRoute,
    listAgenciesRoute,
    createProcedureRoute,
    updateProcedureRoute,
    scheduleVersionRoute,
    editVersionRoute,
    cancelVersionRoute,
    offerProcedureRoute,
    withdrawProcedureRoute,
    previewEformRoute,
    exportCatalogRoute,
    importCatalogRoute,
    upsertFieldRoute,
  ])
    await app.register(route, { deps });
};
