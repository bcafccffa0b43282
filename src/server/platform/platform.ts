import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { type BlobStore, createDiskBlobStore } from './blobs';
import { loadDefaultCalendar, type WorkingCalendar } from './calendar';
import type { Config } from './config';
import { type Database, type DatabaseHandle, migrate, openDatabase } from './db';
import { createJobRunner, EventBus, type JobRunner } from './jobs';
import { pgBusTransport } from './jobs/pg-bus';
import type { Logger } from './logger';
import { createMailer, type Mailer } from './mail';

/** The services every module receives: plain values, wired once per process. */
export type Platform = {
  config: Config;
  logger: Logger;
  database: DatabaseHandle;
  db: Kysely<Database>;
  jobs: JobRunner;
  bus: EventBus;
  blobs: BlobStore;
  mailer: Mailer;
  calendar: WorkingCalendar;
};

export async function createPlatform(
  config: Config,
  logger: Logger,
  options: { database?: DatabaseHandle; migrate?: boolean } = {},
): Promise<Platform> {
  const database = options.database ?? (await openDatabase(config.database));
  try {
    if (options.migrate !== false) {
      const applied = await migrate(database.pool);
      if (applied.length) logger.info({ applied }, 'database migrations applied');
    }
  } catch (e) {
    await database.close();
    throw e;
  }
  // Broadcasts cross processes on PostgreSQL; PGlite serves one process.
  const bus = database.url
    ? new EventBus(pgBusTransport(database.url, database.pool, logger), (err) =>
        logger.warn({ err }, 'event bus'),
      )
    : new EventBus();
  const calendar = await loadDefaultCalendar();
  return {
    config,
    logger,
    database,
    db: database.db,
    jobs: createJobRunner({ db: database.db, pool: database.pool, logger, bus }),
    bus,
    blobs: createDiskBlobStore(join(config.dataDir, 'blobs'), config.uploadLimitBytes),
    calendar,
    mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, dataDir: config.dataDir, logger }),
  };
}
