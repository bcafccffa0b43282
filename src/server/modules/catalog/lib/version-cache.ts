import { createReadCache } from '../../../platform/db';

/**
 * How long a version read stays in this process. Every submission reads the version in force and
 * every dossier view reads its pinned version; a version that has started is frozen by the database
 * (migration 0201: only its end date may still be set), so what can change is rare and made by an
 * administrator: a successor scheduled from today ends it, a scheduled version is edited or
 * cancelled, the procedure is renamed. This process forgets everything at each catalogue change
 * (`forgetVersions`, called by every catalogue write); another process sees the change after at most
 * this long.
 */
export const VERSION_CACHE_TTL_MS = 3_000;

const versions = createReadCache({ ttlMs: VERSION_CACHE_TTL_MS, maxEntries: 1_000 });

/** A version read, kept `VERSION_CACHE_TTL_MS` (platform/db/read-cache.ts). */
export const cachedVersionRead = versions.read;

/** Forgets every version read through `db`, after a catalogue change in this process. */
export const forgetVersions = versions.forget;
