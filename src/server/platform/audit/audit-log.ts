import { createHash } from 'node:crypto';
import type { Executor } from '../db';
import { canonicalJson } from './canonical';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditActor = {
  type: 'anonymous' | 'citizen' | 'staff' | 'system' | 'api_token';
  id?: string | null;
};

export type AuditEntry = {
  actor: AuditActor;
  action: string;
  subject?: { type: string; id: string };
  agencyId?: string | null;
  data?: Record<string, unknown>;
  requestId?: string | null;
  ip?: string | null;
};

type HashedFields = {
  chain: string;
  seq: number;
  prev_hash: string;
  occurred_at: Date;
  actor_type: string;
  actor_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  agency_id: string | null;
  data: unknown;
  request_id: string | null;
  ip: string | null;
};

export function hashRecord(r: HashedFields): string {
  // Only the named fields: a row read back also carries its own hash.
  const body = canonicalJson({
    chain: r.chain,
    seq: r.seq,
    prev_hash: r.prev_hash,
    occurred_at: r.occurred_at.toISOString(),
    actor_type: r.actor_type,
    actor_id: r.actor_id,
    action: r.action,
    subject_type: r.subject_type,
    subject_id: r.subject_id,
    agency_id: r.agency_id,
    data: r.data,
    request_id: r.request_id,
    ip: r.ip,
  });
  return createHash('sha256').update(r.prev_hash).update(body).digest('hex');
}

/**
 * Appends one record to the chain of its agency (or the platform chain) inside the caller's
 * transaction. The head row's lock orders concurrent appends to the same chain; other chains
 * do not wait (see ARCHITECTURE: one global chain would serialise every write).
 */
export async function appendAudit(trx: Executor, entry: AuditEntry): Promise<{ chain: string; seq: number }> {
  const chain = entry.agencyId ?? 'platform';
  await trx
    .insertInto('audit_chain_heads')
    .values({ chain, seq: 0, hash: GENESIS_HASH })
    .onConflict((oc) => oc.column('chain').doNothing())
    .execute();
  const head = await trx
    .selectFrom('audit_chain_heads')
    .select(['seq', 'hash'])
    .where('chain', '=', chain)
    .forUpdate()
    .executeTakeFirstOrThrow();
  // Microsecond-free instant: the stored timestamptz must read back equal for verification.
  const record: HashedFields = {
    chain,
    seq: Number(head.seq) + 1,
    prev_hash: head.hash,
    occurred_at: new Date(Math.floor(Date.now())),
    actor_type: entry.actor.type,
    actor_id: entry.actor.id ?? null,
    action: entry.action,
    subject_type: entry.subject?.type ?? null,
    subject_id: entry.subject?.id ?? null,
    agency_id: entry.agencyId ?? null,
    data: JSON.parse(canonicalJson(entry.data ?? {})),
    request_id: entry.requestId ?? null,
    ip: entry.ip ?? null,
  };
  const hash = hashRecord(record);
  await trx
    .insertInto('audit_log')
    .values({ ...record, actor_type: entry.actor.type, hash, data: JSON.stringify(record.data) })
    .execute();
  await trx
    .updateTable('audit_chain_heads')
    .set({ seq: record.seq, hash })
    .where('chain', '=', chain)
    .execute();
  return { chain, seq: record.seq };
}
