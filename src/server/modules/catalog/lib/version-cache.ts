import type { Executor } from '../../../platform/db';

/**
 * How long a version read stays in this process. Every submission reads the version in force and
 * every dossier view reads its pinned version; a version that has started is frozen by the database
 * (migration 0201: only its end date may still be set), so what can change is rare and made by an
 * administrator: a successor scheduled from today ends it, a scheduled version is edited or
 * cancelled, the procedure is renamed. This process forgets everything at each catalogue change
 * (`forgetVersions`, called by every catalogue write); another process (several app servers on one
 * database) sees the change after at most this long, as if its request had come that much earlier.
 */
export const VERSION_CACHE_TTL_MS = 3_000;
const MAX_ENTRIES = 1_000;

type Entry = { value: Promise<unknown>; until: number };

// One cache per database handle: tests and tools run several apps, each on its own database, in one process.
const stores = new WeakMap<object, Map<string, Entry>>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * `load()` once per key and `VERSION_CACHE_TTL_MS`, shared by concurrent callers (the promise is kept,
 * so a burst of submissions after start-up reads once). Failures (unknown version, no version in
 * force, a database error) are not kept. Inside a transaction the database is read: the transaction
 * may have written what it reads. The value is frozen: every caller gets the same object.
 */
export function cachedVersionRead<T>(db: Executor, key: string, load: () => Promise<T>): Promise<T> {
  if (db.isTransaction) return load();
  let store = stores.get(db);
  if (!store) {
    store = new Map();
    stores.set(db, store);
  }
  const now = Date.now();
  const hit = store.get(key);
  if (hit && hit.until > now) return hit.value as Promise<T>;
  if (hit) store.delete(key);
  const value = load().then(deepFreeze);
  const entry = { value, until: now + VERSION_CACHE_TTL_MS };
  store.set(key, entry);
  value.catch(() => {
    if (store.get(key) === entry) store.delete(key);
  });
  // Oldest first: Map keeps insertion order, and an expired entry is re-inserted when read again.
  if (store.size > MAX_ENTRIES) store.delete(store.keys().next().value!);
  return value;
}

/**
 * Forgets every version read through `db`, after a catalogue change in this process. A read that
 * began before the change committed is forgotten with the rest (it was stored when it began), so no
 * stale read outlives the call.
 */
export function forgetVersions(db: Executor): void {
  stores.get(db)?.clear();
}
