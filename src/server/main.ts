import { demoBanner } from './demo-banner';
import { ConfigError, loadConfig } from './platform/config';
import { MigrationError } from './platform/db';
import { createLogger } from './platform/logger';
import { startServer } from './start';

function fail(message: string): never {
  process.stderr.write(`cuaso: ${message}\n`);
  process.exit(1);
}

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (e) {
  fail(e instanceof ConfigError ? e.message : String(e));
}
const logger = createLogger(config.logLevel);

try {
  const running = await startServer(config, logger);
  process.stdout.write(demoBanner(config));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      const timer = setTimeout(() => fail('shutdown took longer than 20 s; exiting'), 20_000);
      timer.unref();
      running.stop(signal).then(
        () => process.exit(0),
        (err) => fail(`shutdown failed: ${(err as Error).message}`),
      );
    });
  }
} catch (e) {
  const err = e as Error & { code?: string };
  if (e instanceof MigrationError) fail(`database migration failed: ${err.message}`);
  if (err.code === 'ECONNREFUSED' || err.code === 'ENOTFOUND' || err.code === '28P01' || err.code === '3D000')
    fail(`cannot connect to the database (DATABASE_URL): ${err.message}`);
  if (err.code === 'EADDRINUSE') fail(`port ${config.port} is already in use (PORT)`);
  fail(`start-up failed: ${err.stack ?? err.message}`);
}
