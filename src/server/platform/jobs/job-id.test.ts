import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jobId } from './job-runner';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/;

describe('job ids', () => {
  it('are UUIDs, the same for the same outbox row and queue, different across queues', () => {
    assert.match(jobId(7, 'dossier.status.notify'), UUID);
    assert.equal(jobId(7, 'dossier.status.notify'), jobId(7, 'dossier.status.notify'));
    assert.notEqual(jobId(7, 'dossier.status.notify'), jobId(7, 'payment.settled.receipt'));
  });

  it('sort as their outbox rows do, as PostgreSQL compares UUIDs (byte by byte)', () => {
    const rows = [1, 2, 15, 16, 255, 256, 4095, 65_536, 2 ** 32 + 1, 2 ** 40];
    const ids = rows.map((n) => jobId(n, n % 2 ? 'a.queue' : 'another.queue'));
    assert.deepEqual([...ids].sort(), ids);
    for (const id of ids) assert.match(id, UUID);
  });
});
