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
 * writer's critical path for that agency. Hence one statement (`auditRecordSql`): move the head
 * and insert the record, with the hash computed by PostgreSQL's sha256() over the same canonical
 * text `hashRecord` hashes. `verifyAudit` recomputes every hash in JavaScript, so a mismatch
 * between the two would show there.
 */
export async function appendAudit(trx: Executor, entry: AuditEntry): Promise<{ chain: string; seq: number }> {
  const record = auditRecordSql(entry);
  const { rows } = await sql<{ seq: string }>`with ${record.ctes} select seq from audit_appended`.execute(
    trx,
  );
  if (!rows[0]) throw new Error(`audit chain ${record.chain}: no record was appended`);
  return { chain: record.chain, seq: Number(rows[0].seq) };
}

/**
 * The statement parts that append one audit record, as common table expressions named
 * `audit_moved` (the head, moved on) and `audit_appended` (the record, its `seq`), for
 * `with ${ctes} …`.
 *
 * The head moves by an upsert: the first record of a chain makes its head, and a later one locks
 * the head's newest version and computes the next sequence number and hash from it, whether or not
 * the statement's snapshot sees that version. A plain `select … for update` or `update` of a head
 * that another writer moved after the snapshot re-checks the row (EvalPlanQual), which sets up every
 * part of the statement again: inside a submission's statement, about a seventh of PostgreSQL's time.
 *
 * Alone (`appendAudit`), the record is always written. Inside a larger statement (`after`: the name
 * of a one-row CTE written before it), the record is written exactly when that CTE has its row, and
 * the head is locked only then (after whatever that CTE locked). `fill` puts values known only
 * inside the statement into top-level keys of `data` (SQL text expressions that may read the
 * `after` CTE, e.g. a dossier code the statement numbers): they are hashed as the JSON strings they
 * become, exactly as `hashRecord` will see them in the stored row.
 */
export function auditRecordSql(
  entry: AuditEntry,
  options: { after?: string; fill?: Record<string, RawBuilder<unknown>> } = {},
): { chain: string; ctes: RawBuilder<unknown> } {
  const chain = entry.agencyId ?? 'platform';
  const newMark = () => `"mark-${randomUUID()}"`;
  const fills = Object.entries(options.fill ?? {}).map(([key, expr]) => ({ key, mark: newMark(), expr }));
  const staticData = JSON.parse(canonicalJson(entry.data ?? {})) as Record<string, unknown>;
  const data: Record<string, unknown> = { ...staticData };
  for (const f of fills) data[f.key] = JSON.parse(f.mark) as string;
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
  const prevMark = newMark();
  const seqMark = newMark();
  const body = canonicalBody({
    ...fields,
    prev_hash: JSON.parse(prevMark) as string,
    seq: JSON.parse(seqMark) as string,
  });
  const after = options.after ? sql.table(options.after) : undefined;
  /** The record's hash after `prev` as number `seq`, each fill read through `read`. */
  const hashAfter = (
    prev: RawBuilder<unknown>,
    seq: RawBuilder<unknown>,
    read: (expr: RawBuilder<unknown>) => RawBuilder<unknown>,
  ) => {
    const marks = new Map<string, RawBuilder<unknown>>([
      [prevMark, sql`to_json(${prev})::text`],
      [seqMark, sql`(${seq})::text`],
      ...fills.map((f): [string, RawBuilder<unknown>] => [
        f.mark,
        sql`to_json((${read(f.expr)})::text)::text`,
      ]),
    ]);
    return sql`encode(sha256(convert_to(${prev} || ${fillMarks(body, marks)}, 'UTF8')), 'hex')`;
  };
  const genesis = sql`${GENESIS_HASH}::text`;
  const storedData = fills.length
    ? sql`${JSON.stringify(staticData)}::jsonb || jsonb_build_object(${sql.join(
        fills.map((f) => sql`${f.key}::text, (${f.expr})::text`),
      )})`
    : sql`${JSON.stringify(staticData)}::jsonb`;
  const ctes = sql`audit_moved as (
      insert into audit_chain_heads as h (chain, seq, hash, prev_hash)
      select ${chain}, 1, ${hashAfter(genesis, sql`1`, (e) => e)}, ${genesis} ${after ? sql`from ${after}` : sql``}
      on conflict (chain) do update
      set seq = h.seq + 1, prev_hash = h.hash,
          hash = ${hashAfter(sql`h.hash`, sql`h.seq + 1`, (e) => (after ? sql`(select ${e} from ${after})` : e))}
      returning h.seq, h.hash, h.prev_hash
    ), audit_appended as (
      insert into audit_log (chain, seq, prev_hash, hash, occurred_at, actor_type, actor_id, action,
                             subject_type, subject_id, agency_id, data, request_id, ip)
      select ${chain}, m.seq, m.prev_hash, m.hash, ${fields.occurred_at}::timestamptz, ${fields.actor_type},
             ${fields.actor_id}, ${fields.action}, ${fields.subject_type}, ${fields.subject_id},
             ${fields.agency_id}, ${storedData}, ${fields.request_id}, ${fields.ip}
      from audit_moved m ${after ? sql`, ${after}` : sql``}
      returning seq
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
