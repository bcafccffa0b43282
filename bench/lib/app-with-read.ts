// The real application plus one bench route, as a child process:
// `node --import tsx bench/lib/app-with-read.ts` with the app's usual environment. It starts the app
// exactly as `npm start` does (src/server/start.ts) and adds the route before listening; the app
// itself has no bench-only route.
import { loadConfig } from '../../src/server/platform/config';
import { createLogger } from '../../src/server/platform/logger';
import { startServer } from '../../src/server/start';
import { benchItemRoute } from './bench-item.route';

const config = loadConfig();
const running = await startServer(config, createLogger(config.logLevel), {
  beforeListen: async (app, platform) => {
    await app.register(benchItemRoute, { prefix: '/api/v1', platform });
  },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => running.stop(signal).then(() => process.exit(0)));
