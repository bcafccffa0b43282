import type { FastifyPluginAsync } from 'fastify';
import type { Platform } from '../../platform/platform';
import type { IdentityDeps } from './deps';
import { mountSandbox } from './eid/sandbox-provider';
import { SessionCache } from './lib/session-cache';
import { createFileSmsSender } from './lib/sms';
import { adminUnitsRoute } from './routes/admin-units.route';
import { agenciesRoute } from './routes/agencies.route';
import { apiTokensRoute } from './routes/api-tokens.route';
import { eidCallbackRoute } from './routes/eid-callback.route';
import { eidStartRoute } from './routes/eid-start.route';
import { logInRoute } from './routes/log-in.route';
import { logOutRoute } from './routes/log-out.route';
import { meRoute } from './routes/me.route';
import { mfaRoute } from './routes/mfa.route';
import { myOrganisationsRoute } from './routes/my-organisations.route';
import { passwordResetRoute } from './routes/password-reset.route';
import { peopleRoute } from './routes/people.route';
import { registerRoute } from './routes/register.route';
import { staffRoute } from './routes/staff.route';

const depsByPlatform = new WeakMap<Platform, IdentityDeps>();

/** One set of identity dependencies per platform: routes, jobs and the actor resolver share the cache. */
export function identityDeps(platform: Platform): IdentityDeps {
  let deps = depsByPlatform.get(platform);
  if (!deps) {
    const { db, config, mailer, logger, jobs } = platform;
    deps = {
      db,
      config,
      mailer,
      logger,
      jobs,
      sms: createFileSmsSender(config.dataDir),
      sessionCache: new SessionCache(config.session.cacheMs),
    };
    depsByPlatform.set(platform, deps);
  }
  return deps;
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
    eidStartRoute,
    eidCallbackRoute,
  ])
    await app.register(route, { deps });
};

/** The demo eID provider is another party's site: it lives at /sandbox/eid, outside /api/v1. */
export const identityRootPlugin: FastifyPluginAsync<{ platform: Platform }> = async (app, { platform }) => {
  mountSandbox(app, platform.config);
};
