import type { FastifyPluginAsync } from 'fastify';
import type { Platform } from '../../platform/platform';
import type { IdentityDeps } from './deps';
import { createFileSmsSender } from './lib/sms';
import { adminUnitsRoute } from './routes/admin-units.route';
import { logInRoute } from './routes/log-in.route';
import { logOutRoute } from './routes/log-out.route';
import { meRoute } from './routes/me.route';
import { passwordResetRoute } from './routes/password-reset.route';
import { registerRoute } from './routes/register.route';

export function identityDeps(platform: Platform): IdentityDeps {
  const { db, config, mailer, logger, jobs } = platform;
  return { db, config, mailer, logger, jobs, sms: createFileSmsSender(config.dataDir) };
}

export const identityPlugin: FastifyPluginAsync<{ platform: Platform }> = async (app, { platform }) => {
  const deps = identityDeps(platform);
  for (const route of [logInRoute, logOutRoute, meRoute, registerRoute, passwordResetRoute, adminUnitsRoute])
    await app.register(route, { deps });
};
