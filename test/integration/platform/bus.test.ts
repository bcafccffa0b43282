// The event bus's broadcast (platform/jobs/bus.ts): across processes on PostgreSQL (LISTEN/NOTIFY,
// two buses with connections of their own stand for two app processes), local on PGlite.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DatabaseHandle } from '../../../src/server/platform/db';
import { type BusEvent, EventBus } from '../../../src/server/platform/jobs';
import { pgBusTransport } from '../../../src/server/platform/jobs/pg-bus';
import { createLogger } from '../../../src/server/platform/logger';
import { createTestDatabase } from '../../support/db';

const event = (n: number): BusEvent => ({
  topic: 'pickup.queue',
  agencyId: 'a',
  outboxId: 0,
  payload: { number: `A${n}` },
});

async function until(check: () => boolean | Promise<boolean>, what: string) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > 10_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('event bus broadcast', () => {
  it('without a transport (one process) it reaches this process at once', async () => {
    const bus = new EventBus();
    const seen: BusEvent[] = [];
    bus.subscribe((e) => seen.push(e));
    await bus.ready();
    await bus.broadcast(event(1));
    assert.deepEqual(seen, [event(1)]);
  });
});

describe('event bus broadcast across processes (PostgreSQL)', {
  skip: process.env.TEST_DATABASE_URL ? false : 'needs TEST_DATABASE_URL (PostgreSQL)',
}, () => {
  let h: DatabaseHandle;
  const logger = createLogger('silent');
  before(async () => {
    h = await createTestDatabase();
  });
  after(() => h.close());
  const listeningBackends = async () =>
    (
      await h.pool.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity
          where datname = current_database() and query ilike 'listen%'`,
      )
    ).rows[0]!.n;

  it('a broadcast from one process reaches the listeners of every process, each once', async () => {
    const errors: unknown[] = [];
    const a = new EventBus(pgBusTransport(h.url!, h.pool, logger), (e) => errors.push(e));
    const b = new EventBus(pgBusTransport(h.url!, h.pool, logger), (e) => errors.push(e));
    const onA: BusEvent[] = [];
    const onB: BusEvent[] = [];
    const stopA = a.subscribe((e) => onA.push(e));
    const stopB = b.subscribe((e) => onB.push(e));
    await Promise.all([a.ready(), b.ready()]);
    await a.broadcast(event(1));
    await b.broadcast(event(2));
    await until(() => onA.length === 2 && onB.length === 2, 'both events on both buses');
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(onA, [event(1), event(2)]);
    assert.deepEqual(onB, [event(1), event(2)]);
    // A bus without listeners does not listen: b's next broadcast reaches a alone.
    stopB();
    await b.broadcast(event(3));
    await until(() => onA.length === 3, 'the third event on a');
    assert.equal(onB.length, 2);
    stopA();
    await Promise.all([a.close(), b.close()]);
    // A backend leaves pg_stat_activity a moment after its client has gone.
    await until(async () => (await listeningBackends()) === 0, 'no LISTEN connection left open');
    assert.deepEqual(errors, []);
  });

  it('listens again after its connection is cut', async () => {
    const a = new EventBus(pgBusTransport(h.url!, h.pool, logger));
    const seen: BusEvent[] = [];
    a.subscribe((e) => seen.push(e));
    await a.ready();
    const cut = await h.pool.query(
      `select pg_terminate_backend(pid) as ok from pg_stat_activity
        where datname = current_database() and query ilike 'listen%'`,
    );
    assert.ok(cut.rows.length >= 1);
    // Broadcast until one arrives: the bus listens again about a second after the cut.
    for (let n = 10; seen.length === 0 && n < 60; n++) {
      await a.broadcast(event(n));
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.ok(seen.length > 0, 'an event arrived after the connection came back');
    await a.close();
  });

  it('an event too large for NOTIFY stays in its own process', async () => {
    const a = new EventBus(pgBusTransport(h.url!, h.pool, logger));
    const seen: BusEvent[] = [];
    a.subscribe((e) => seen.push(e));
    await a.ready();
    const big = { ...event(4), payload: { text: 'x'.repeat(9000) } };
    await a.broadcast(big);
    assert.deepEqual(seen, [big]);
    await a.close();
  });
});
