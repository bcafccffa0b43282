import { createHash, randomUUID } from 'node:crypto';
import { type RawBuilder, sql } from 'kysely';
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
 * writer's critical path for that agency. Hence one statement (`auditRecordSql`): lock the head,
 * insert the record and move the head, with the hash computed by PostgreSQL's sha256() over the
 * same canonical text `hashRecord` hashes. `verifyAudit` recomputes every hash in JavaScript, so a
 * mismatch between the two would show there.
 */
export async function appendAudit(trx: Executor, entry: AuditEntry): Promise<{ chain: string; seq: number }> {
  const record = auditRecordSql(entry);
  for (let attempt = 0; attempt < 2; attempt++) {
    const { rows } = await sql<{ seq: string }>`with ${record.ctes} select seq from audit_moved`.execute(trx);
    if (rows[0]) return { chain: record.chain, seq: Number(rows[0].seq) };
    // First record of this chain: create its head (a concurrent creator wins harmlessly), then append.
    await ensureAuditChain(trx, record.chain);
  }
  throw new Error(`audit chain ${record.chain}: head missing after it was created`);
}

/** Creates the head of a chain that has no record yet (a concurrent creator wins harmlessly). */
export async function ensureAuditChain(db: Executor, chain: string): Promise<void> {
  await db
    .insertInto('audit_chain_heads')
    .values({ chain, seq: 0, hash: GENESIS_HASH })
    .onConflict((oc) => oc.column('chain').doNothing())
    .execute();
}

/**
 * True for the error of a statement that carried an audit record (`auditRecordSql` with `after`)
 * for a chain without a head: the record's sequence number came out null, which audit_log refuses
 * (a null hash, from a null value to fill in, is another failure and is not this one),
 * and the whole statement with it. Create the head (`ensureAuditChain`) and run the statement again.
 */
export function isMissingAuditChain(e: unknown): boolean {
  const err = e as { code?: string; table?: string; column?: string };
  return err?.code === '23502' && err.table === 'audit_log' && err.column === 'seq';
}

/**
 * The statement parts that append one audit record, as common table expressions named `audit_head`,
 * `audit_next`, `audit_appended` and `audit_moved` (its `seq`), for `with ${ctes} …`.
 *
 * Alone (`appendAudit`), the record is written when the chain has a head. Inside a larger statement
 * (`after`: the name of a one-row CTE written before it), the record is written exactly when that
 * CTE has its row; the head is locked only then (after whatever that CTE locked), and a missing head
 * makes the whole statement fail (`isMissingAuditChain`) rather than leave the change unaudited.
 * `fill` puts values known only inside the statement into top-level keys of `data` (SQL text
 * expressions that may read the `after` CTE, e.g. a dossier code the statement numbers): they are
 * hashed as the JSON strings they become, exactly as `hashRecord` will see them in the stored row.
 */
export function auditRecordSql(
  entry: AuditEntry,
  options: { after?: string; fill?: Record<string, RawBuilder<unknown>> } = {},
): { chain: string; ctes: RawBuilder<unknown> } {
  const chain = entry.agencyId ?? 'platform';
  const fill = Object.entries(options.fill ?? {});
  const marks = new Map<string, RawBuilder<unknown>>();
  const mark = (expr: RawBuilder<unknown>) => {
    const m = `"mark-${randomUUID()}"`;
    marks.set(m, expr);
    return JSON.parse(m) as string;
  };
  const staticData = JSON.parse(canonicalJson(entry.data ?? {})) as Record<string, unknown>;
  const data: Record<string, unknown> = { ...staticData };
  for (const [key, expr] of fill) data[key] = mark(sql`to_json((${expr})::text)::text`);
  const fields = {
    chain,
    occurred_at: new Date(Math.floor(Date.now())), // whole milliseconds: the timestamptz must read back equal
    actor_type: entry.actor.type,
    actor_id: entry.actor.id ?? null,
    action: entry.action,
    subject_type: entry.subject?.type ?? null,
    subject_id: entry.subject?.id ?? null,
    agency_id: entry.agencyId ?? null,
    data,
    request_id: entry.requestId ?? null,
    ip: entry.ip ?? null,
  };
  // prev_hash and seq are known only to the locked head; the database fills them in.
  const body = canonicalBody({
    ...fields,
    prev_hash: mark(sql`to_json(h.hash)::text`),
    seq: mark(sql`(h.seq + 1)::text`),
  });
  const text = fillMarks(body, marks);
  const storedData = fill.length
    ? sql`${JSON.stringify(staticData)}::jsonb || jsonb_build_object(${sql.join(
        fill.map(([key, expr]) => sql`${key}::text, (${expr})::text`),
      )})`
    : sql`${JSON.stringify(staticData)}::jsonb`;
  const after = options.after ? sql.table(options.after) : undefined;
  const ctes = sql`audit_head as (
      select seq, hash from audit_chain_heads
      where chain = ${chain} ${after ? sql`and exists (select from ${after})` : sql``}
      for update
    ), audit_next as (
      select h.seq + 1 as seq, h.hash as prev_hash,
             encode(sha256(convert_to(h.hash || ${text}, 'UTF8')), 'hex') as hash, ${storedData} as data
      from ${after ? sql`${after} left join audit_head h on true` : sql`audit_head h`}
    ), audit_appended as (
      insert into audit_log (chain, seq, prev_hash, hash, occurred_at, actor_type, actor_id, action,
                             subject_type, subject_id, agency_id, data, request_id, ip)
      select ${chain}, seq, prev_hash, hash, ${fields.occurred_at}::timestamptz, ${fields.actor_type},
             ${fields.actor_id}, ${fields.action}, ${fields.subject_type}, ${fields.subject_id},
             ${fields.agency_id}, data, ${fields.request_id}, ${fields.ip}
      from audit_next
      returning seq, hash
    ), audit_moved as (
      update audit_chain_heads h set seq = a.seq, hash = a.hash
      from audit_appended a where h.chain = ${chain}
      returning h.seq
    )`;
  return { chain, ctes };
}

/** The canonical text with each mark (a quoted placeholder) replaced by its SQL text expression. */
function fillMarks(body: string, marks: Map<string, RawBuilder<unknown>>): RawBuilder<unknown> {
  const pieces: RawBuilder<unknown>[] = [];
  let rest = body;
  for (;;) {
    let first: { at: number; mark: string } | undefined;
    for (const m of marks.keys()) {
      const at = rest.indexOf(m);
      if (at >= 0 && (!first || at < first.at)) first = { at, mark: m };
    }
    if (!first) break;
    if (rest.indexOf(first.mark, first.at + 1) >= 0)
      throw new Error('audit record: canonical form could not be split');
    pieces.push(sql`${rest.slice(0, first.at)}::text`, sql`(${marks.get(first.mark)!})`);
    rest = rest.slice(first.at + first.mark.length);
  }
  if (pieces.length !== 2 * marks.size) throw new Error('audit record: canonical form could not be split');
  pieces.push(sql`${rest}::text`);
  return sql.join(pieces, sql` || `);
}
