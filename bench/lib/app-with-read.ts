// The real application plus one bench route, as a child process:
// `node --import tsx bench/lib/app-with-read.ts` with the app's usual environment.
// It follows src/server/start.ts step by step, except that the bench route is registered before
// `listen`; the app itself has no bench-only route. Keep the two in step when start.ts changes.
import { buildApp } from '../../src/server/app';
import { modules } from '../../src/server/modules';
import { loadConfig } from '../../src/server/platform/config';
import { createLogger } from '../../src/server/platform/logger';
import { createPlatform } from '../../src/server/platform/platform';
import { benchItemRoute } from './bench-item.route';

const config = loadConfig();
const logger = createLogger(config.logLevel);
const platform = await createPlatform(config, logger);
for (const mod of modules) mod.registerJobs?.(platform);
const app = await buildApp(platform);
await app.register(benchItemRoute, { prefix: '/api/v1', platform });
if (config.jobs === 'inline') await platform.jobs.start();
await app.listen({ port: config.port, host: config.host });

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, async () => {
    await app.close();
    await platform.jobs.stop();
    await platform.database.close();
    process.exit(0);
  });
