import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../../src/server/platform/db';
import { createJobRunner, EventBus, type JobRunner, type OutboxJob } from '../../../src/server/platform/jobs';
import { createLogger } from '../../../src/server/platform/logger';
import { publish } from '../../../src/server/platform/outbox';
import { createTestDatabase } from '../../support/db';

async function waitFor(predicate: () => boolean, timeoutMs = 20_000) {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('outbox and job runner', () => {
  let h: DatabaseHandle;
  let jobs: JobRunner;
  const bus = new EventBus();
  const seen: OutboxJob[] = [];
  const attempts = new Map<number, number>();
  const busEvents: string[] = [];

  before(async () => {
    h = await createTestDatabase();
    jobs = createJobRunner({ db: h.db, pool: h.pool, logger: createLogger('silent'), bus });
    jobs.subscribe('dossier.submitted', 'notify', async (job) => {
      seen.push(job);
    });
    jobs.subscribe('flaky.event', 'retry', async (job) => {
      const n = (attempts.get(job.outboxId) ?? 0) + 1;
      attempts.set(job.outboxId, n);
      if (n < 2) throw new Error('mail server down');
    });
    bus.subscribe((e) => busEvents.push(e.topic));
    await jobs.start();
  });
  after(async () => {
    await jobs.stop();
    await h.close();
  });

  it('delivers an event only after its transaction commits', async () => {
    await h.db
      .transaction()
      .execute(async (trx) => {
        await publish(trx, { topic: 'dossier.submitted', payload: { code: 'ROLLED-BACK' } });
        throw new Error('rollback');
      })
      .catch(() => {});
    await h.db.transaction().execute(async (trx) => {
      await publish(trx, { topic: 'dossier.submitted', payload: { code: '000.31.21.H56-261127-0001' } });
    });
    await waitFor(() => seen.length >= 1);
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(
      seen.map((j) => j.payload.code),
      ['000.31.21.H56-261127-0001'],
    );
    assert.ok(busEvents.includes('dossier.submitted'));
  });

  it('relays each outbox row once even when relayed twice', async () => {
    const id = await h.db
      .transaction()
      .execute((trx) => publish(trx, { topic: 'dossier.submitted', payload: { n: 2 } }));
    await Promise.all([jobs.relayOnce(), jobs.relayOnce(), jobs.kick()]);
    await waitFor(() => seen.some((j) => j.outboxId === id));
    await new Promise((r) => setTimeout(r, 1200));
    assert.equal(seen.filter((j) => j.outboxId === id).length, 1);
  });

  it('kicks in a burst share a relay, and each settles after a relay that saw its row', async () => {
    const dispatched = async (ids: number[]) =>
      (
        await h.db
          .selectFrom('outbox')
          .select('id')
          .where('id', 'in', ids)
          .where('dispatched_at', 'is not', null)
          .execute()
      ).length;
    const ids: number[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(
        await h.db
          .transaction()
          .execute((trx) => publish(trx, { topic: 'dossier.submitted', payload: { burst: i } })),
      );
    // Five commits' kicks at once: one relay, whose promise each of them gets.
    const burst = ids.map(() => jobs.kick());
    assert.equal(new Set(burst).size, 1);
    await Promise.all(burst);
    assert.equal(await dispatched(ids), 5);
    const late = await h.db
      .transaction()
      .execute((trx) => publish(trx, { topic: 'dossier.submitted', payload: { burst: 'late' } }));
    await jobs.kick();
    assert.equal(await dispatched([late]), 1);
  });

  it('a relay that fails leaves its rows for the next tick, and kick() does not reject', async () => {
    // kick() is fired after a commit without being awaited; a rejection there would end the process.
    await sql`alter table outbox rename to outbox_away`.execute(h.db);
    try {
      assert.equal(await jobs.kick(), 0);
    } finally {
      await sql`alter table outbox_away rename to outbox`.execute(h.db);
    }
    const id = await h.db
      .transaction()
      .execute((trx) => publish(trx, { topic: 'dossier.submitted', payload: { n: 3 } }));
    await waitFor(() => seen.some((j) => j.outboxId === id));
  });

  it('retries a failing handler until it succeeds', async () => {
    const id = await h.db.transaction().execute((trx) => publish(trx, { topic: 'flaky.event', payload: {} }));
    await waitFor(() => (attempts.get(id) ?? 0) >= 2, 60_000);
    assert.equal(attempts.get(id), 2);
    assert.equal(await jobs.pendingOutbox(), 0);
  });
});

describe('stopping the job runner', () => {
  it('waits for a fetch in flight and the batch it brings before the pool may close', async () => {
    const h = await createTestDatabase();
    const queue = 'stop.race.record';
    let slow = false;
    let fetching: () => void = () => {};
    const fetchStarted = new Promise<void>((resolve) => {
      fetching = resolve;
    });
    // pg-boss's fetch of our queue, held back 300 ms once `slow` is set: stop() is called inside it.
    const pool = new Proxy(h.pool, {
      get(target, key) {
        if (key !== 'query') return Reflect.get(target, key);
        return async (text: string, values?: unknown[]) => {
          if (slow && text.includes('SKIP LOCKED') && values?.[0] === queue) {
            fetching();
            await new Promise((r) => setTimeout(r, 300));
          }
          return values ? target.query(text, values) : target.query(text);
        };
      },
    });
    const jobs = createJobRunner({ db: h.db, pool, logger: createLogger('silent'), bus: new EventBus() });
    const handled: string[] = [];
    jobs.define(queue, async (data) => {
      await new Promise((r) => setTimeout(r, 100));
      await sql`select 1`.execute(h.db);
      handled.push(String(data.n));
    });
    const rejections: unknown[] = [];
    const onRejection = (err: unknown) => rejections.push(err);
    process.on('unhandledRejection', onRejection);
    try {
      await jobs.start();
      slow = true;
      await fetchStarted;
      const id = await jobs.send(queue, { n: 1 });
      await jobs.stop();
      // The fetch returned the job after stop() was called; its handler ran and pg-boss recorded it
      // as completed, all before stop() resolved.
      assert.deepEqual(handled, ['1']);
      const row = await sql<{ state: string }>`select state from pgboss.job where id = ${id}`.execute(h.db);
      assert.equal(row.rows[0]?.state, 'completed');
      await h.close();
      await new Promise((r) => setTimeout(r, 200));
      assert.deepEqual(rejections, []);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });
});

describe('a backlog of outbox events', () => {
  it('is handled at once and in order, without waiting for the next poll between full batches', async () => {
    const h = await createTestDatabase();
    // An idle worker would look again only after 30 s: everything here must come from being woken,
    // by the relay and after each full batch of 20.
    const jobs = createJobRunner({
      db: h.db,
      pool: h.pool,
      logger: createLogger('silent'),
      bus: new EventBus(),
      pollingIntervalSeconds: 30,
    });
    const handled: number[] = [];
    jobs.subscribe('backlog.event', 'record', async (job) => {
      handled.push(Number(job.payload.n));
    });
    try {
      await jobs.start();
      await h.db.transaction().execute(async (trx) => {
        for (let n = 1; n <= 45; n++) await publish(trx, { topic: 'backlog.event', payload: { n } });
      });
      await jobs.kick();
      await waitFor(() => handled.length >= 45);
      assert.deepEqual(
        handled,
        Array.from({ length: 45 }, (_, i) => i + 1),
      );
    } finally {
      await jobs.stop();
      await h.close();
    }
  });
});
