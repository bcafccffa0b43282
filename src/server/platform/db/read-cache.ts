import type { Executor } from './types';

/**
 * Reads of rarely changed rows (published procedure versions, agencies, step budgets) that every
 * submission or dossier view makes, kept a few seconds in the process.
 *
 * - One store per database handle: tests and tools run several apps, each on its own database, in
 *   one process.
 * - `read` loads once per key and lifetime, shared by concurrent callers (the promise is kept, so a
 *   burst after start-up reads once). Failures are not kept. Inside a transaction the database is
 *   read: the transaction may have written what it reads. The value is deep-frozen: every caller
 *   gets the same object.
 * - `forget` is called by every write of what the cache holds in this process, so this process sees
 *   its own change at once; another process (several app servers on one database) sees it after at
 *   most `ttlMs`, as if its request had come that much earlier.
 */
export type ReadCache = {
  read<T>(db: Executor, key: string, load: () => Promise<T>): Promise<T>;
  forget(db: Executor): void;
};

type Entry = { value: Promise<unknown>; until: number };

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function createReadCache(options: { ttlMs: number; maxEntries: number }): ReadCache {
  const stores = new WeakMap<object, Map<string, Entry>>();
  return {
    read<T>(db: Executor, key: string, load: () => Promise<T>): Promise<T> {
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
      const entry = { value, until: now + options.ttlMs };
      store.set(key, entry);
      value.catch(() => {
        if (store.get(key) === entry) store.delete(key);
      });
      // Oldest first: Map keeps insertion order, and an expired entry is re-inserted when read again.
      if (store.size > options.maxEntries) store.delete(store.keys().next().value!);
      return value;
    },
    /**
     * A read that began before the change committed is forgotten with the rest (it was stored when
     * it began), so no stale read outlives the call.
     */
    forget(db: Executor): void {
      stores.get(db)?.clear();
    },
  };
}
