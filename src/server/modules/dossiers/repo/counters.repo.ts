import { type Insertable, type RawBuilder, sql } from 'kysely';
import { type AuditEntry, auditRecordSql } from '../../../platform/audit';
import type { Executor } from '../../../platform/db';
import { type OutboxEvent, outboxEventSql } from '../../../platform/outbox';
import type { DossierActionTable, DossierAttachmentTable, DossierTable } from '../tables';

/**
 * The code of a dossier around its sequence number: `parts` alternate literal text and the zero-padded
 * width of a sequence placeholder (`['000.31.21.H56-261127-', 4, '']` for the default format).
 */
export type CodeTemplate = { orgId: string; day: string; parts: (string | number)[] };

/** What a submission writes with its dossier row, in the same statement. */
export type SubmissionRiders = {
  /** The Idempotency-Key: when the scope already holds it, the statement writes nothing at all. */
  claim?: { scope: string; key: string; requestHash: string };
  /** The first action (seq 1: a new dossier has no other). */
  action: Omit<Insertable<DossierActionTable>, 'data' | 'seq'> & { data: Record<string, unknown> };
  attachments?: Insertable<DossierAttachmentTable>[];
  /** The outbox event, its payload's `code` filled in by the statement. */
  event?: OutboxEvent;
  /** The audit record, its data's `code` filled in by the statement. */
  audit?: AuditEntry;
  /** The applicant's draft of this procedure, dropped once the dossier exists. */
  draft?: { ownerId: string; procedureCode: string };
};

/**
 * Takes the day's next sequence number of the agency and inserts the dossier with its code, its first
 * action and whatever `riders` name, in one statement: one round trip, atomic on its own.
 *
 * The counter row is locked from the number on until the transaction ends: concurrent submissions to
 * one agency wait for each other there, and a rolled-back submission gives its number back, so there
 * are no gaps (TT 01/2018 Điều 19). Alone (no transaction around it), the statement is the
 * transaction, so the lock lasts for the rest of this statement and its commit, nothing else; the
 * agency's audit chain head is locked after the counter (as every submission does), never before.
 *
 * A number wider than its placeholder makes the code null, which the dossiers table refuses: the
 * whole statement fails and the number goes back (a day that ran out of numbers takes no more).
 * A chain without its audit head fails the same way (`isMissingAuditChain`).
 *
 * Rows are sent as JSON and typed by the tables' own row types (`json_populate_record`): parameters
 * of an `insert … select` are not typed by their target columns.
 */
export async function insertDossierWithNextCode(
  db: Executor,
  values: Omit<Insertable<DossierTable>, 'code' | 'applicant' | 'form_data'> & {
    id: string;
    applicant: unknown;
    form_data: Record<string, unknown>;
  },
  template: CodeTemplate,
  riders: SubmissionRiders,
): Promise<{ code: string; seq: number } | undefined> {
  const seqText = sql`next_seq.last_seq::text`;
  const code = sql.join(
    template.parts.map((part) =>
      typeof part === 'string'
        ? sql`${part}::text`
        : sql`(case when length(${seqText}) <= ${part}::int then lpad(${seqText}, ${part}::int, '0') end)`,
    ),
    sql` || `,
  );
  const ctes: RawBuilder<unknown>[] = [];
  if (riders.claim)
    ctes.push(sql`claimed as (
      insert into idempotency_keys (scope, key, request_hash, dossier_id)
      values (${riders.claim.scope}, ${riders.claim.key}, ${riders.claim.requestHash}, ${values.id})
      on conflict (scope, key) do nothing
      returning dossier_id
    )`);
  ctes.push(
    sql`next_seq as (
      insert into dossier_counters (org_id, day, last_seq)
      select ${template.orgId}::text, ${template.day}::date, 1 ${riders.claim ? sql`from claimed` : sql``}
      on conflict (org_id, day) do update set last_seq = dossier_counters.last_seq + 1
      returning last_seq
    )`,
    sql`numbered as (select last_seq, ${code} as code from next_seq)`,
    sql`dossier as (${insertRows('dossiers', [values], sql`, code`, sql`, numbered.code`)})`,
    sql`first_action as (${insertRows('dossier_actions', [{ ...riders.action, seq: 1 }])})`,
  );
  if (riders.attachments?.length)
    ctes.push(sql`attachments as (${insertRows('dossier_attachments', riders.attachments)})`);
  const fill = { code: sql`numbered.code` };
  if (riders.event) ctes.push(outboxEventSql(riders.event, { after: 'numbered', fill }));
  if (riders.draft)
    ctes.push(sql`dropped_draft as (
      delete from dossier_drafts
      where owner_account_id = ${riders.draft.ownerId} and procedure_code = ${riders.draft.procedureCode}
        and exists (select from numbered)
    )`);
  if (riders.audit) ctes.push(auditRecordSql(riders.audit, { after: 'numbered', fill }).ctes);
  const { rows } = await sql<{ code: string; seq: number }>`
    with ${sql.join(ctes, sql`, `)}
    select code, last_seq as seq from numbered`.execute(db);
  const row = rows[0];
  return row && { code: row.code, seq: Number(row.seq) };
}

/**
 * `insert into <table> (<keys>) select … from numbered, json_populate_recordset(…)`: the rows go in
 * exactly when the statement took a number; `extra` adds columns computed by the statement.
 */
function insertRows(
  table: 'dossiers' | 'dossier_actions' | 'dossier_attachments',
  rows: object[],
  extraColumns: RawBuilder<unknown> = sql``,
  extraValues: RawBuilder<unknown> = sql``,
) {
  // The keys are our own tables' column names (never input), quoted as identifiers once, as text:
  // a `sql.ref` each cost more to build and compile than the rest of the statement's insert.
  const keys = Object.keys(rows[0]!).map((k) => `"${k.replaceAll('"', '""')}"`);
  const columns = sql.raw(keys.join(', '));
  const picked = sql.raw(keys.map((k) => `r.${k}`).join(', '));
  return sql`insert into ${sql.table(table)} (${columns}${extraColumns})
    select ${picked}${extraValues}
    from numbered, json_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows)}::json) r`;
}
