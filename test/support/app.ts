import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type App, buildApp } from '../../src/server/app';
import { modules } from '../../src/server/modules';
import { type Config, loadConfig } from '../../src/server/platform/config';
import { createLogger } from '../../src/server/platform/logger';
import { createPlatform, type Platform } from '../../src/server/platform/platform';
import { createTestDatabase } from './db';

export type TestContext = { app: App; platform: Platform; config: Config; close(): Promise<void> };

/** The whole application on a fresh database, driven through `app.inject()`. */
export async function createTestApp(
  env: Record<string, string> = {},
  options: { beforeReady?: (app: App) => void | Promise<void>; jobs?: boolean } = {},
): Promise<TestContext> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cuaso-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    RATE_LIMIT_PER_MINUTE: '100000',
    ...env,
  });
  const database = await createTestDatabase();
  const platform = await createPlatform(config, createLogger(config.logLevel), { database });
  const app = await buildApp(platform, { webDir: join(dataDir, 'no-web') });
  await options.beforeReady?.(app);
  await app.ready();
  if (options.jobs) {
    for (const mod of modules) mod.registerJobs?.(platform);
    await platform.jobs.start();
  }
  return {
    app,
    platform,
    config,
    async close() {
      await app.close();
      await platform.bus.close();
      await platform.jobs.stop();
      await platform.blobs.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
