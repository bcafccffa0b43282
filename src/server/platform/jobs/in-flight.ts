import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Counts the work pg-boss and the handlers still have going, so `stop` can wait for it before the
 * pool is closed. pg-boss's own `stop` does not: a worker's fetch in flight is not "work in progress"
 * to it, and it completes or fails a batch without awaiting the query, so that query can reach a
 * closed pool and reject with no one to catch it.
 */
export function inFlight() {
  const pending = new Set<Promise<unknown>>();
  return {
    track<T>(work: () => Promise<T>): Promise<T> {
      const p = work();
      pending.add(p);
      const forget = () => pending.delete(p);
      p.then(forget, forget);
      return p;
    },
    /**
     * Resolves once nothing is pending across a full turn of the event loop: a fetch that settles
     * hands its jobs on through promise callbacks, which all run before the next turn, so the
     * handler and pg-boss's completion have started (and are counted) by the time we look again.
     */
    async drained(timeoutMs: number): Promise<boolean> {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        if (pending.size) await Promise.race([Promise.allSettled([...pending]), sleep(until - Date.now())]);
        await nextTurn();
        if (!pending.size) return true;
      }
      return false;
    },
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)).unref());
