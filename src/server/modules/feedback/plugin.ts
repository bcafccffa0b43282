import type { FastifyPluginAsync } from 'fastify';
import type { Platform } from '../../platform/platform';
import type { FeedbackDeps } from './deps';
import { actOnComplaintRoute } from './routes/act-on-complaint.route';
import { complaintRoute } from './routes/complaint.route';
import { complaintInboxRoute } from './routes/complaint-inbox.route';
import { dossierRatingsRoute } from './routes/dossier-ratings.route';
import { myComplaintsRoute } from './routes/my-complaints.route';
import { rateDossierRoute } from './routes/rate-dossier.route';
import { scaleRoute } from './routes/scale.route';
import { statisticsRoute } from './routes/statistics.route';
import { submitComplaintRoute } from './routes/submit-complaint.route';

export function feedbackDeps(platform: Platform): FeedbackDeps {
  const { db, config, calendar, logger, mailer } = platform;
  return { db, config, calendar, logger, mailer };
}

export const feedbackPlugin: FastifyPluginAsync<{ platform: Platform }> = async (app, { platform }) => {
  const deps = feedbackDeps(platform);
  for (const route of [
    scaleRoute,
    dossierRatingsRoute,
    rateDossierRoute,
    submitComplaintRoute,
    myComplaintsRoute,
    complaintInboxRoute,
    complaintRoute,
    actOnComplaintRoute,
    statisticsRoute,
  ])
    await app.register(route, { deps });
};
