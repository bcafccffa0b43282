import type { FastifyPluginAsync } from 'fastify';
import type { Platform } from '../../platform/platform';
import type { IdentityDeps } from './deps';
import { createFileSmsSender } from './lib/sms';
import { adminUnitsRoute } from './routes/admin-units.route';
import { agenciesRoute } from './routes/agencies.route';
import { apiTokensRoute } from './routes/api-tokens.route';
import { logInRoute } from './routes/log-in.route';
import { logOutRoute } from './routes/log-out.route';
import { meRoute } from './routes/me.route';
import { mfaRoute } from './routes/mfa.route';
import { myOrganisationsRoute } from './routes/my-organisations.route';
import { passwordResetRoute } from './routes/password-reset.route';
import { peopleRoute } from './routes/people.route';
import { registerRoute } from './routes/register.route';
import { staffRoute } from './routes/staff.route';

export function identityDeps(platform: Platform): IdentityDeps {
  const { db, config, mailer, logger, jobs } = platform;
  return { db, config, mailer, logger, jobs, sms: createFileSmsSender(config.dataDir) };
}

export const identityPlugin: FastifyPluginAsync<{ platform: Platform }> = async (app, { platform }) => {
  const deps = identityDeps(platform);
  for (const route of [
    logInRoute,
    logOutRoute,
    meRoute,
    mfaRoute,
    registerRoute,
    passwordResetRoute,
    adminUnitsRoute,
    agenciesRoute,
    staffRoute,
    apiTokensRoute,
    myOrganisationsRoute,
    peopleRoute,
  ])
    await app.register(route, { deps });
};
