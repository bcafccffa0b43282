// Child-process entry of start.ts (`prepareDatabase`): applies the migrations, loads the reference
// data and creates the demo data on its own connections, then exits, so that what this one-off work
// allocates and loads is returned to the system instead of staying in the server's process.
import { modules } from './modules';
import type { Config } from './platform/config';
import { handleFromUrl, MigrationError } from './platform/db';
import { createLogger } from './platform/logger';
import { createPlatform } from './platform/platform';

export type PrepareOutcome = { ok: true } | { ok: false; migration: boolean; message: string };

async function prepare(received: Config): Promise<void> {
  // The IPC channel's structured clone turns the Buffer into a Uint8Array; crypto helpers want a Buffer.
  const config: Config = { ...received, keyEncryptionKey: Buffer.from(received.keyEncryptionKey) };
  if (config.database.kind !== 'postgres') throw new Error('prepare-process needs PostgreSQL (DATABASE_URL)');
  const logger = createLogger(config.logLevel);
  // The work is sequential: two connections are plenty.
  const platform = await createPlatform(config, logger, { database: handleFromUrl(config.database.url, 2) });
  try {
    for (const mod of modules) await mod.loadReference?.(platform);
    if (config.demo) for (const mod of modules) await mod.seedDemo?.(platform);
  } finally {
    await platform.database.close();
  }
}

if (!process.send) throw new Error('prepare-process runs as a child of the server (IPC channel)');
// The server stopped or died meanwhile: stop too rather than go on for nobody.
process.once('disconnect', () => process.exit(1));
process.once('message', (message: { config: Config }) => {
  const reply = (outcome: PrepareOutcome) =>
    process.send?.(outcome, undefined, {}, () => process.exit(outcome.ok ? 0 : 1));
  prepare(message.config).then(
    () => reply({ ok: true }),
    (e: Error) => reply({ ok: false, migration: e instanceof MigrationError, message: e.message }),
  );
});
