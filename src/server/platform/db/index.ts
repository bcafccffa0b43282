import './tables';

export {
  type DatabaseHandle,
  handleFromPglite,
  handleFromUrl,
  openDatabase,
  openPglite,
} from './connect';
export { MigrationError, migrate, pendingMigrations, readMigrations } from './migrate';
export { createReadCache, type ReadCache } from './read-cache';
export { containsFolded, escapeLike, foldVietnamese, matchesText, textRank } from './search';
export type { Database, Db, Executor } from './types';
