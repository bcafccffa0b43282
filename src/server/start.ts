import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type App, buildApp } from './app';
import { modules } from './modules';
import type { Config } from './platform/config';
import { MigrationError, openDatabase, pendingMigrations } from './platform/db';
import type { Logger } from './platform/logger';
import { createPlatform, type Platform } from './platform/platform';
import type { PrepareOutcome } from './prepare-process';

export type Running = { app: App; platform: Platform; stop: (reason: string) => Promise<void> };

/** config → database → migrations → reference and demo data → jobs → HTTP, and the reverse on stop. */
/** `beforeListen` lets a caller add routes (the benchmark's probe route) to the real app. */
export async function startServer(
  config: Config,
  logger: Logger,
  options: { beforeListen?: (app: App, platform: Platform) => Promise<void> } = {},
): Promise<Running> {
  const platform = await preparePlatform(config, logger);
  for (const mod of modules) mod.registerJobs?.(platform);
  const app = await buildApp(platform);
  await options.beforeListen?.(app, platform);
  if (config.jobs === 'inline') await platform.jobs.start();
  await app.listen({ port: config.port, host: config.host });

  let stopping: Promise<void> | undefined;
  const stop = (reason: string) => {
    stopping ??= (async () => {
      logger.info({ reason }, 'shutting down: draining requests');
      await app.close(); // stops accepting, waits for in-flight requests
      await platform.bus.close();
      await platform.jobs.stop();
      await platform.blobs.close();
      await platform.database.close();
      logger.info('stopped');
    })();
    return stopping;
  };
  return { app, platform, stop };
}

/**
 * The platform on a database that is migrated, holds the current reference data and, in demo mode,
 * the demo data. This one-off work allocates a lot and loads much code the server may never need
 * again: measured on PostgreSQL, the idle server held 195–322 MB after a first start that migrated,
 * loaded and seeded in its own process, against ~160 MB after a start with nothing to do (a worker
 * thread instead left 20–40 MB of native memory behind). So on PostgreSQL, when there is such work
 * (pending migrations, or demo mode: seeding checks what exists), it runs first in a short-lived
 * child process with its own connections (prepare-process.ts), and everything it used goes back to
 * the system when it exits; here `migrate` and `loadReference` then find nothing left to do. PGlite
 * runs inside this process and only one instance may open its directory, so there it all stays here.
 */
async function preparePlatform(config: Config, logger: Logger): Promise<Platform> {
  if (config.database.kind === 'pglite') {
    const platform = await createPlatform(config, logger);
    for (const mod of modules) await mod.loadReference?.(platform);
    if (config.demo) for (const mod of modules) await mod.seedDemo?.(platform);
    return platform;
  }
  const database = await openDatabase(config.database);
  try {
    if (config.demo || (await pendingMigrations(database.pool)).length > 0) await prepareInChild(config);
  } catch (e) {
    await database.close();
    throw e;
  }
  const platform = await createPlatform(config, logger, { database });
  for (const mod of modules) await mod.loadReference?.(platform);
  return platform;
}

async function prepareInChild(config: Config): Promise<void> {
  // Built: dist/server/chunk-*.js beside dist/server/prepare-process.js; from source (tsx): src/server.
  const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  const child = fork(fileURLToPath(new URL(`./prepare-process.${ext}`, import.meta.url)), [], {
    // The same Node options (`--import tsx` from source, source maps …) but not a debugger's port.
    execArgv: process.execArgv.filter((arg) => !arg.startsWith('--inspect')),
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const outcome = await new Promise<PrepareOutcome | undefined>((resolve, reject) => {
    let reply: PrepareOutcome | undefined;
    child.once('message', (m: PrepareOutcome) => {
      reply = m;
    });
    child.once('error', reject);
    child.once('exit', () => resolve(reply));
    child.send({ config });
  });
  if (outcome?.ok) return;
  // The same reports as when this process does the work (main.ts tells migration failures apart).
  if (outcome?.migration) throw new MigrationError(outcome.message);
  throw new Error(`preparing the database failed: ${outcome?.message ?? 'the child process exited'}`);
}
