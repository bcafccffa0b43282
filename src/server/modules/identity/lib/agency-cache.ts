import { createReadCache } from '../../../platform/db';

/**
 * Agencies by id, kept 3 s in the process (platform/db/read-cache.ts): every submission reads its
 * receiving agency, and agencies change only by an administrator's edit, which forgets them here.
 * A new agency has a fresh random id, so no read of it can have been kept before it existed.
 */
export const agencyCache = createReadCache({ ttlMs: 3_000, maxEntries: 2_000 });
