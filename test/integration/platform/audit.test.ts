import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { appendAudit, verifyAudit } from '../../../src/server/platform/audit';
import type { DatabaseHandle } from '../../../src/server/platform/db';
import { createTestDatabase } from '../../support/db';

describe('hash-chained audit log', () => {
  let h: DatabaseHandle;
  before(async () => {
    h = await createTestDatabase();
  });
  after(() => h.close());

  const append = (agencyId: string | null, action: string, data: Record<string, unknown> = {}) =>
    h.db
      .transaction()
      .execute((trx) => appendAudit(trx, { actor: { type: 'staff', id: 'u1' }, action, agencyId, data }));

  it('chains records per agency and verifies them', async () => {
    const results = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) =>
        append('000.31.21.H56', 'dossier.accept', { i, tên: 'Nguyễn Văn Đức' }),
      ),
      ...Array.from({ length: 5 }, (_, i) => append(null, 'auth.login', { i })),
    ]);
    const seqs = results.filter((r) => r.chain === '000.31.21.H56').map((r) => r.seq);
    assert.deepEqual(
      seqs.sort((a, b) => a - b),
      Array.from({ length: 10 }, (_, i) => i + 1),
    );
    const report = await verifyAudit(h.db);
    assert.equal(report.chains, 2);
    assert.equal(report.records, 15);
    assert.deepEqual(report.problems, []);
    // Each head was made by its chain's first append and keeps its last record's seq and hashes.
    const heads = await h.db.selectFrom('audit_chain_heads').selectAll().orderBy('chain').execute();
    for (const head of heads) {
      const last = await h.db
        .selectFrom('audit_log')
        .select(['seq', 'hash', 'prev_hash'])
        .where('chain', '=', head.chain)
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      assert.deepEqual(
        [Number(head.seq), head.hash, head.prev_hash],
        [Number(last.seq), last.hash, last.prev_hash],
      );
    }
  });

  it("tells a head whose prev_hash is not its last record's", async () => {
    await append('000.31.21.H57', 'dossier.accept', { i: 1 });
    await append('000.31.21.H57', 'dossier.accept', { i: 2 });
    await sql`update audit_chain_heads set prev_hash = ${'f'.repeat(64)} where chain = '000.31.21.H57'`.execute(
      h.db,
    );
    assert.deepEqual(
      (await verifyAudit(h.db)).problems.map((p) => [p.chain, p.seq, p.reason]),
      [['000.31.21.H57', 2, "the head's prev_hash is not its last record's"]],
    );
    await sql`update audit_chain_heads set prev_hash = (select prev_hash from audit_log
      where chain = '000.31.21.H57' and seq = 2) where chain = '000.31.21.H57'`.execute(h.db);
    assert.deepEqual((await verifyAudit(h.db)).problems, []);
  });

  it('refuses updates and deletes at the database level', async () => {
    await assert.rejects(sql`update audit_log set action = 'x'`.execute(h.db), /append-only/);
    await assert.rejects(sql`delete from audit_log`.execute(h.db), /append-only/);
  });

  it('detects an edited record and a deleted record', async () => {
    // A superuser can switch the guard off; the chain still tells.
    await sql`alter table audit_log disable trigger audit_log_no_update`.execute(h.db);
    await sql`update audit_log set data = '{"i": 99}' where chain = '000.31.21.H56' and seq = 3`.execute(
      h.db,
    );
    let report = await verifyAudit(h.db);
    assert.deepEqual(
      report.problems.map((p) => [p.chain, p.seq, p.reason]),
      [['000.31.21.H56', 3, 'record content was altered']],
    );
    await sql`delete from audit_log where chain = 'platform' and seq = 2`.execute(h.db);
    report = await verifyAudit(h.db);
    assert.ok(report.problems.some((p) => p.chain === 'platform' && /missing records 2\.\.2/.test(p.reason)));
    await sql`delete from audit_log where chain = 'platform' and seq = 5`.execute(h.db);
    report = await verifyAudit(h.db);
    assert.ok(report.problems.some((p) => p.chain === 'platform' && /head says 5/.test(p.reason)));
    await sql`alter table audit_log enable trigger audit_log_no_update`.execute(h.db);
  });
});
