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
