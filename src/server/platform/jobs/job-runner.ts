import { createHash } from 'node:crypto';
import { CompiledQuery, type Kysely, sql } from 'kysely';
import type pg from 'pg';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../db';
import type { EventBus } from './bus';
import { inFlight } from './in-flight';

export type OutboxJob = {
  outboxId: number;
  topic: string;
  payload: Record<string, unknown>;
  agencyId: string | null;
};
export type JobHandler<T = OutboxJob> = (data: T) => Promise<void>;

type Subscription = { topic: string; name: string; queue: string; handler: JobHandler };
type Task = { queue: string; handler: JobHandler<Record<string, unknown>>; cron?: string };

const QUEUE_OPTIONS = { retryLimit: 10, retryDelay: 5, retryBackoff: true, expireInMinutes: 15 };
/** Up to 20 jobs a fetch, handled in order. */
const BATCH_SIZE = 20;
/**
 * The least time between the starts of two relays. A relay is three round trips whatever its size;
 * kicked after every commit, it would run back to back under load with a few rows each. Spaced, one
 * relay carries the rows of every commit of the last 50 ms, and an event waits at most that long.
 */
const RELAY_GAP_MS = 50;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * The job's UUID, derived from the outbox row and the queue, so a second relay of the same row is a
 * no-op. It starts with the row's id (48 bits, big-endian): jobs relayed in one batch share their
 * `created_on`, and pg-boss then fetches them by id, so this keeps them in the order of their events
 * (a dossier's "submitted" notice before its "accepted" one). The rest is a hash of the queue's name
 * (UUID version 8, custom).
 */
export function jobId(outboxId: number, queue: string): string {
  const row = outboxId.toString(16).padStart(12, '0');
  const h = createHash('sha256').update(`${outboxId}:${queue}`).digest('hex');
  return `${row.slice(0, 8)}-${row.slice(8, 12)}-8${h.slice(0, 3)}-a${h.slice(3, 6)}-${h.slice(6, 18)}`;
}

export type JobRunner = ReturnType<typeof createJobRunner>;

/**
 * pg-boss plus the outbox relay. Modules `subscribe` handlers to outbox topics and `define` plain
 * (optionally scheduled) tasks; `start` runs the relay and the workers in this process.
 */
export function createJobRunner(deps: {
  db: Kysely<Database>;
  pool: pg.Pool;
  logger: Logger;
  bus: EventBus;
  /** How often an idle worker looks for jobs nobody woke it for (retries, scheduled tasks). */
  pollingIntervalSeconds?: number;
}) {
  const { db, pool, logger, bus, pollingIntervalSeconds = 0.5 } = deps;
  const subscriptions: Subscription[] = [];
  const tasks: Task[] = [];
  const busy = inFlight();
  const workers = new Map<string, string>(); // queue → pg-boss worker id
  const wake = (queue: string) => {
    const id = workers.get(queue);
    if (id && !stopping) boss.notifyWorker(id);
  };
  const boss = new PgBoss({
    db: {
      // Without parameters pg uses the simple protocol, which pg-boss needs for multi-statement DDL.
      executeSql: (text: string, values: unknown[]) =>
        busy.track(() => (values?.length ? pool.query(text, values) : pool.query(text))),
    },
    schema: 'pgboss',
    supervise: true,
    schedule: true,
    migrate: true,
  });
  boss.on('error', (err) => logger.error({ err }, 'job runner error'));

  let relayTimer: NodeJS.Timeout | undefined;
  let relaying: Promise<number> | undefined; // the relay running now
  let queued: Promise<number> | undefined; // the relay that runs after it, once the gap has passed
  let lastRelayAt = Number.NEGATIVE_INFINITY;
  let started = false;
  let stopping = false;

  // The relay's insert goes through the app's pool, which sends a statement it sees again as a
  // prepared one (platform/db/prepared.ts): pg-boss's own pool.query would parse and plan it each time.
  const prepared = {
    executeSql: async (text: string, values: unknown[]) =>
      db.executeQuery(CompiledQuery.raw(text, values ?? [])) as Promise<{ rows: unknown[] }>,
  };
  const queuesOf = (topic: string) => subscriptions.filter((s) => s.topic === topic).map((s) => s.queue);

  /**
   * Moves up to `limit` outbox rows to their queues, in three statements and no transaction: the rows
   * are read, their jobs inserted, and only then are the rows marked. A job's id comes from its row
   * and queue (`jobId`), so inserting it again is a no-op: a relay that stops before marking (a
   * crash, a lost connection) leaves its rows to the next one, which inserts nothing new. Two relays
   * that read the same rows (two processes) insert each job once, and only the one whose update marks
   * a row emits its event.
   */
  async function relayOnce(limit = 200): Promise<number> {
    const rows = await db
      .selectFrom('outbox')
      .select(['id', 'topic', 'payload', 'agency_id'])
      .where('dispatched_at', 'is', null)
      .orderBy('id')
      .limit(limit)
      .execute();
    if (!rows.length) return 0;
    // One insert for the whole batch (pg-boss `insert`, ON CONFLICT DO NOTHING on the job id), each
    // job with its queue's own retry settings; not one statement per row and handler.
    const jobs = rows.flatMap((row) =>
      queuesOf(row.topic).map((queue) => ({
        name: queue,
        data: {
          outboxId: Number(row.id),
          topic: row.topic,
          payload: row.payload as Record<string, unknown>,
          agencyId: row.agency_id,
        } satisfies OutboxJob,
        id: jobId(Number(row.id), queue),
      })),
    );
    if (jobs.length) await boss.insert(jobs, { db: prepared });
    // `= any(array)`, not `in (…)`: one statement text for every batch size, so the prepared
    // statements (platform/db/prepared.ts, a bounded set) are not spent on 200 variants of it.
    const marked = new Set(
      (
        await db
          .updateTable('outbox')
          .set({ dispatched_at: new Date() })
          .where(sql<boolean>`id = any(${rows.map((r) => r.id)}::bigint[])`)
          .where('dispatched_at', 'is', null)
          .returning('id')
          .execute()
      ).map((r) => String(r.id)),
    );
    const dispatched = rows.filter((row) => marked.has(String(row.id)));
    // The relayed jobs are handled now, not at the worker's next poll.
    for (const queue of new Set(dispatched.flatMap((row) => queuesOf(row.topic)))) wake(queue);
    for (const row of dispatched)
      bus.emit({
        outboxId: Number(row.id),
        topic: row.topic,
        payload: row.payload as Record<string, unknown>,
        agencyId: row.agency_id,
      });
    return dispatched.length;
  }

  /**
   * Runs the relay after a commit instead of waiting for the next tick: at once when none ran in the
   * last RELAY_GAP_MS, else when that time is up. The promise settles after a relay that started
   * after the call, so a caller that awaits it finds its committed rows relayed. Never more than one
   * relay runs and one waits. Never rejects: callers fire it and go on, and a relay that fails (the
   * database restarting, the pool closed by a shutdown) leaves the rows to the next tick, so a
   * failure is logged, not thrown into a request that has already committed (an unhandled rejection
   * would end the process).
   */
  function kick(): Promise<number> {
    if (!started || stopping) return Promise.resolve(0);
    queued ??= (async () => {
      await relaying;
      const wait = lastRelayAt + RELAY_GAP_MS - performance.now();
      if (wait > 0) await sleep(wait);
      queued = undefined;
      if (stopping) return 0;
      lastRelayAt = performance.now();
      relaying = relayOnce()
        .catch((err) => {
          logger.error({ err }, 'outbox relay failed; the next tick retries');
          return 0;
        })
        .finally(() => {
          relaying = undefined;
        });
      return relaying;
    })();
    return queued;
  }

  async function work<T>(queue: string, handler: JobHandler<T>) {
    await boss.createQueue(queue, { name: queue, ...QUEUE_OPTIONS });
    const id = await boss.work<T>(queue, { batchSize: BATCH_SIZE, pollingIntervalSeconds }, (jobs) =>
      busy.track(async () => {
        await runBatch(queue, handler, jobs);
        // A full batch means more are waiting: fetch again at once instead of after the polling
        // interval, so a backlog (a burst of status changes) drains as fast as the handlers run.
        if (jobs.length === BATCH_SIZE) wake(queue);
      }),
    );
    workers.set(queue, id);
  }

  async function runBatch<T>(queue: string, handler: JobHandler<T>, jobs: PgBoss.Job<T>[]) {
    const failed: string[] = [];
    for (const job of jobs) {
      try {
        await handler(job.data);
      } catch (err) {
        logger.warn({ err, queue, jobId: job.id }, 'job failed; it will be retried');
        failed.push(job.id);
      }
    }
    // Failing these first leaves them out of the batch completion pg-boss does when we return.
    if (failed.length) await boss.fail(queue, failed);
  }

  return {
    boss,
    subscribe(topic: string, name: string, handler: JobHandler) {
      subscriptions.push({ topic, name, queue: `${topic}.${name}`, handler });
    },
    define<T extends Record<string, unknown>>(queue: string, handler: JobHandler<T>, cron?: string) {
      tasks.push({
        queue,
        handler: handler as JobHandler<Record<string, unknown>>,
        ...(cron ? { cron } : {}),
      });
    },
    async send(queue: string, data: Record<string, unknown>, options: PgBoss.SendOptions = {}) {
      return boss.send(queue, data, options);
    },
    relayOnce,
    kick,
    async start({ workers = true }: { workers?: boolean } = {}) {
      await boss.start();
      started = true;
      if (!workers) return;
      for (const sub of subscriptions) await work(sub.queue, sub.handler);
      for (const task of tasks) {
        await work(task.queue, task.handler);
        if (task.cron) await boss.schedule(task.queue, task.cron, {}, { tz: 'Asia/Ho_Chi_Minh' });
      }
      const tick = async () => {
        if (stopping) return;
        await kick();
        if (!stopping) relayTimer = setTimeout(tick, 250);
      };
      relayTimer = setTimeout(tick, 0);
    },
    async queueSizes(): Promise<Record<string, number>> {
      const out: Record<string, number> = {};
      if (!started) return out;
      for (const q of [...subscriptions.map((s) => s.queue), ...tasks.map((t) => t.queue)])
        out[q] = await boss.getQueueSize(q).catch(() => 0);
      return out;
    },
    async pendingOutbox(): Promise<number> {
      const r = await db
        .selectFrom('outbox')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('dispatched_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
    async stop() {
      stopping = true;
      if (relayTimer) clearTimeout(relayTimer);
      await queued;
      await relaying;
      if (started) await boss.stop({ graceful: true, wait: true, close: false, timeout: 10_000 });
      // Only then may the caller close the pool (see in-flight.ts).
      if (!(await busy.drained(10_000))) logger.warn('job runner stopped with queries still running');
      started = false;
    },
  };
}
