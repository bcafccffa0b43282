import { type App, buildApp } from './app';
import { modules } from './modules';
import type { Config } from './platform/config';
import type { Logger } from './platform/logger';
import { createPlatform, type Platform } from './platform/platform';

export type Running = { app: App; platform: Platform; stop: (reason: string) => Promise<void> };

/** config → database → migrations → jobs → demo data → HTTP, and the reverse on stop. */
/** `beforeListen` lets a caller add routes (the benchmark's probe route) to the real app. */
export async function startServer(
  config: Config,
  logger: Logger,
  options: { beforeListen?: (app: App, platform: Platform) => Promise<void> } = {},
): Promise<Running> {
  const platform = await createPlatform(config, logger);
  for (const mod of modules) await mod.loadReference?.(platform);
  for (const mod of modules) mod.registerJobs?.(platform);
  if (config.demo) for (const mod of modules) await mod.seedDemo?.(platform);
  const app = await buildApp(platform);
  await options.beforeListen?.(app, platform);
  if (config.jobs === 'inline') await platform.jobs.start();
  await app.listen({ port: config.port, host: config.host });

  let stopping: Promise<void> | undefined;
  const stop = (reason: string) => {
    stopping ??= (async () => {
      logger.info({ reason }, 'shutting down: draining requests');
      await app.close(); // stops accepting, waits for in-flight requests
      await platform.jobs.stop();
      await platform.database.close();
      logger.info('stopped');
    })();
    return stopping;
  };
  return { app, platform, stop };
}
