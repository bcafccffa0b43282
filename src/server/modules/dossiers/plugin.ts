import type { FastifyPluginAsync } from 'fastify';
import type { Platform } from '../../platform/platform';
import type { DossierDeps } from './deps';
import { checkCodeFormat, DEFAULT_CODE_FORMAT } from './lib/dossier-code';
import { clamdScanner, noScanner } from './lib/virus-scan';
import { documentsRoute } from './routes/documents.route';
import { dossierRoute } from './routes/dossier.route';
import { draftsRoute } from './routes/drafts.route';
import { inboxRoute } from './routes/inbox.route';
import { intakeRoute } from './routes/intake.route';
import { noticesRoute } from './routes/notices.route';
import { personalStoreRoute } from './routes/personal-store.route';
import { personalStoreFileRoute } from './routes/personal-store-file.route';
import { statisticsRoute } from './routes/statistics.route';
import { stepBudgetsRoute } from './routes/step-budgets.route';
import { submitRoute } from './routes/submit.route';
import { trackingRoute } from './routes/tracking.route';
import { uploadRoute } from './routes/upload.route';

const depsByPlatform = new WeakMap<Platform, DossierDeps>();

/** One set of dossier dependencies per platform; the code format and scanner come from the environment. */
export function dossierDeps(platform: Platform): DossierDeps {
  let deps = depsByPlatform.get(platform);
  if (!deps) {
    const codeFormat = platform.config.dossierCodeFormat ?? DEFAULT_CODE_FORMAT;
    const problem = checkCodeFormat(codeFormat);
    if (problem) throw new Error(`DOSSIER_CODE_FORMAT: ${problem}`);
    const clamd = platform.config.clamdAddress?.split(':');
    const { db, config, blobs, calendar, logger, jobs, mailer } = platform;
    deps = {
      db,
      config,
      blobs,
      calendar,
      logger,
      jobs,
      mailer,
      codeFormat,
      platform,
      scanner: clamd ? clamdScanner(clamd[0]!, Number(clamd[1] ?? 3310)) : noScanner,
    };
    depsByPlatform.set(platform, deps);
  }
  return deps;
}

export const dossiersPlugin: FastifyPluginAsync<{ platform: Platform }> = async (app, { platform }) => {
  const deps = dossierDeps(platform);
  for (const route of [
    uploadRoute,
    submitRoute,
    intakeRoute,
    dossierRoute,
    trackingRoute,
    inboxRoute,
    documentsRoute,
    personalStoreRoute,
    personalStoreFileRoute,
    noticesRoute,
    statisticsRoute,
    draftsRoute,
    stepBudgetsRoute,
  ])
    await app.register(route, { deps });
};
