import cookie from '@fastify/cookie';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import pkg from '../../package.json' with { type: 'json' };
import { modules } from './modules';
import { ANONYMOUS } from './platform/auth';
import { AppError } from './platform/errors';
import {
  genRequestId,
  registerErrorHandling,
  registerHealth,
  registerMetrics,
  registerOpenApi,
  registerSecurity,
  registerStaticWeb,
} from './platform/http';
import type { Platform } from './platform/platform';

export type App = FastifyInstance;

/** Builds the HTTP application: platform plugins first, then one encapsulated plugin per module. */
export async function buildApp(platform: Platform, options: { webDir?: string } = {}): Promise<App> {
  const { config, logger, database, jobs } = platform;
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    genReqId: genRequestId,
    logController: new LogController({ requestIdLogLabel: 'request_id' }),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.env === 'production',
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Hooks that do not wait for anything are written with `done`: an async hook costs every request a
  // promise and a trip through the microtask queue (measured on public reads, bench/README.md).
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    done(null, payload);
  });

  registerErrorHandling(app);
  await registerSecurity(app, config);
  // After rate limiting: a flood is refused before it costs a session lookup.
  await app.register(cookie, { secret: config.secretKey });
  const resolver = modules.find((m) => m.actorResolver)?.actorResolver?.(platform);
  app.decorateRequest('actor', null as never);
  app.addHook('onRequest', (request, _reply, done) => {
    request.actor = ANONYMOUS;
    if (!resolver || !request.url.startsWith('/api/')) return done();
    resolver(request).then((actor) => {
      request.actor = actor;
      done();
    }, done);
  });
  app.addHook('preValidation', (request, _reply, done) => {
    if (request.routeOptions.config?.signedIn && request.actor.kind === 'anonymous')
      return done(new AppError('UNAUTHENTICATED'));
    done();
  });
  registerMetrics(app, {
    pool: database.pool,
    queueSizes: () => jobs.queueSizes(),
    pendingOutbox: () => jobs.pendingOutbox(),
  });
  await registerOpenApi(app, { title: 'Cửa Số API', version: pkg.version });
  registerHealth(app, database.pool);

  for (const mod of modules) {
    await app.register(mod.plugin, { prefix: '/api/v1', platform });
    if (mod.rootPlugin) await app.register(mod.rootPlugin, { platform });
  }

  await registerStaticWeb(app, options.webDir);
  return app;
}
