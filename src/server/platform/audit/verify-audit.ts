import type { Executor } from '../db';
import { GENESIS_HASH, hashRecord } from './audit-log';

export type AuditProblem = { chain: string; seq: number; reason: string };
export type AuditReport = { chains: number; records: number; problems: AuditProblem[] };

/**
 * Recomputes every chain: an edited row breaks its own hash, a deleted row breaks the sequence
 * or the next row's prev_hash, a deleted tail no longer matches the chain head (its seq, its hash
 * and the prev_hash it keeps).
 */
export async function verifyAudit(db: Executor, pageSize = 5000): Promise<AuditReport> {
  const heads = await db.selectFrom('audit_chain_heads').selectAll().orderBy('chain').execute();
  const problems: AuditProblem[] = [];
  let records = 0;
  for (const head of heads) {
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    let lastPrevHash: string | undefined;
    for (;;) {
      const rows = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('chain', '=', head.chain)
        .where('seq', '>=', expectedSeq)
        .orderBy('seq')
        .limit(pageSize)
        .execute();
      for (const row of rows) {
        records++;
        const seq = Number(row.seq);
        if (seq !== expectedSeq)
          problems.push({
            chain: head.chain,
            seq: expectedSeq,
            reason: `missing records ${expectedSeq}..${seq - 1}`,
          });
        if (row.prev_hash !== prevHash)
          problems.push({ chain: head.chain, seq, reason: 'prev_hash does not match the previous record' });
        const recomputed = hashRecord({ ...row, seq, occurred_at: new Date(row.occurred_at) });
        if (recomputed !== row.hash)
          problems.push({ chain: head.chain, seq, reason: 'record content was altered' });
        lastPrevHash = row.prev_hash;
        prevHash = row.hash;
        expectedSeq = seq + 1;
      }
      if (rows.length < pageSize) break;
    }
    if (expectedSeq - 1 !== Number(head.seq) || prevHash !== head.hash)
      problems.push({
        chain: head.chain,
        seq: Number(head.seq),
        reason: `chain ends at ${expectedSeq - 1} but its head says ${head.seq}`,
      });
    // The head keeps its last record's prev_hash too (null on a head not moved since migration 0002).
    else if (head.prev_hash !== null && head.prev_hash !== (lastPrevHash ?? GENESIS_HASH))
      problems.push({
        chain: head.chain,
        seq: Number(head.seq),
        reason: "the head's prev_hash is not its last record's",
      });
  }
  return { chains: heads.length, records, problems };
}
