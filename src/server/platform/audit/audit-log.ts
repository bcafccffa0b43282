import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
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
  return createHash('sha256').update(r.prev_hash).update(canonicalBody(r)).digest('hex');
}

/** The hashed text of a record: only the named fields (a row read back also carries its own hash). */
function canonicalBody(
  r: Omit<HashedFields, 'seq' | 'prev_hash'> & { seq: unknown; prev_hash: unknown },
): string {
  return canonicalJson({
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
}

/**
 * Appends one record to the chain of its agency (or the platform chain) inside the caller's
 * transaction. The head row's lock orders concurrent appends to the same chain; other chains
 * do not wait (see ARCHITECTURE: one global chain would serialise every write).
 *
 * The head stays locked until the caller commits, so everything after the lock is on every
 * writer's critical path for that agency. Hence one statement: lock the head, insert the record
 * and move the head, with the hash computed by PostgreSQL's sha256() over the same canonical
 * text `hashRecord` hashes (the record's canonical JSON is cut where the head's hash and the next
 * sequence number go, and those two are filled in by the database). `verifyAudit` recomputes every
 * hash in JavaScript, so a mismatch between the two would show there.
 */
export async function appendAudit(trx: Executor, entry: AuditEntry): Promise<{ chain: string; seq: number }> {
  const chain = entry.agencyId ?? 'platform';
  const fields = {
    chain,
    occurred_at: new Date(Math.floor(Date.now())), // whole milliseconds: the timestamptz must read back equal
    actor_type: entry.actor.type,
    actor_id: entry.actor.id ?? null,
    action: entry.action,
    subject_type: entry.subject?.type ?? null,
    subject_id: entry.subject?.id ?? null,
    agency_id: entry.agencyId ?? null,
    data: JSON.parse(canonicalJson(entry.data ?? {})) as unknown,
    request_id: entry.requestId ?? null,
    ip: entry.ip ?? null,
  };
  const [before, between, after] = splitCanonical(fields);
  for (let attempt = 0; attempt < 2; attempt++) {
    const { rows } = await sql<{ seq: string }>`
      with head as (
        select seq, hash from audit_chain_heads where chain = ${chain} for update
      ), next as (
        select seq + 1 as seq, hash as prev_hash,
               encode(sha256(convert_to(hash || ${before} || hash || ${between} || (seq + 1)::text || ${after}, 'UTF8')), 'hex') as hash
        from head
      ), appended as (
        insert into audit_log (chain, seq, prev_hash, hash, occurred_at, actor_type, actor_id, action,
                               subject_type, subject_id, agency_id, data, request_id, ip)
        select ${chain}, seq, prev_hash, hash, ${fields.occurred_at}::timestamptz, ${fields.actor_type},
               ${fields.actor_id}, ${fields.action}, ${fields.subject_type}, ${fields.subject_id},
               ${fields.agency_id}, ${JSON.stringify(fields.data)}::jsonb, ${fields.request_id}, ${fields.ip}
        from next
        returning seq, hash
      )
      update audit_chain_heads h set seq = appended.seq, hash = appended.hash
      from appended where h.chain = ${chain}
      returning h.seq`.execute(trx);
    if (rows[0]) return { chain, seq: Number(rows[0].seq) };
    // First record of this chain: create its head (a concurrent creator wins harmlessly), then append.
    await trx
      .insertInto('audit_chain_heads')
      .values({ chain, seq: 0, hash: GENESIS_HASH })
      .onConflict((oc) => oc.column('chain').doNothing())
      .execute();
  }
  throw new Error(`audit chain ${chain}: head missing after it was created`);
}

/**
 * The canonical JSON of a record (as `hashRecord` builds it) in three pieces around the two values
 * only the locked head knows: before prev_hash's value, between it and seq's value, and after.
 */
function splitCanonical(fields: Omit<HashedFields, 'seq' | 'prev_hash'>): [string, string, string] {
  const prevMark = `"prev-${randomUUID()}"`;
  const seqMark = `"seq-${randomUUID()}"`;
  const body = canonicalBody({ ...fields, prev_hash: JSON.parse(prevMark), seq: JSON.parse(seqMark) });
  const [before, rest, ...extra1] = body.split(prevMark);
  const [between, after, ...extra2] = (rest ?? '').split(seqMark);
  if (extra1.length || extra2.length || before === undefined || after === undefined)
    throw new Error('audit record: canonical form could not be split');
  // prev_hash is a JSON string: the database adds its quotes around the hex digest.
  return [`${before}"`, `"${between}`, after];
}
