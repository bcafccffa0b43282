import type { FastifyPluginAsync } from 'fastify';
import type { Platform } from '../../platform/platform';
import { getSiteRoute } from './routes/get-site.route';

export const sitePlugin: FastifyPluginAsync<{ platform: Platform }> = async (app, opts) => {
  await app.register(getSiteRoute, { platform: opts.platform });
};
