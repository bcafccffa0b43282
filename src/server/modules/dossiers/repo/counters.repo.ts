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

/**
 * An attachment whose file the statement reads itself: an upload (`upload_id`) or a paper of the
 * personal data store (`personal_document_id`) of the files' owner.
 */
export type FileAttachmentRef = {
  id: string;
  dossier_id: string;
  requirement_key: string;
  title: string;
  ordinal: number;
  upload_id: string | null;
  personal_document_id: string | null;
};

/** What the statement took from a file for an attachment (`FileAttachmentRef.id`). */
export type AttachedFile = {
  id: string;
  sha256: string;
  media_type: string;
  size: number;
  filename: string;
  reused_from: string | null;
};

/** What a submission writes with its dossier row, in the same statement. */
export type SubmissionRiders = {
  /** The Idempotency-Key: when the scope already holds it, the statement writes nothing at all. */
  claim?: { scope: string; key: string; requestHash: string };
  /** The first action (seq 1: a new dossier has no other). */
  action: Omit<Insertable<DossierActionTable>, 'data' | 'seq'> & { data: Record<string, unknown> };
  attachments?: Insertable<DossierAttachmentTable>[];
  /**
   * Attachments named by their files: the statement reads each file of `ownerId` and writes nothing
   * at all unless it finds every one (the caller then reads them to say which is not there). Saves
   * the submission a round trip for reading its files first.
   */
  files?: { ownerId: string; rows: FileAttachmentRef[] };
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
): Promise<{ code: string; seq: number; files: AttachedFile[] } | 'files-missing' | undefined> {
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
  const { files } = riders;
  if (files)
    ctes.push(sql`files_found as (
      select r.id, r.dossier_id, r.requirement_key, r.title, r.ordinal,
             coalesce(u.sha256, d.sha256) as sha256, coalesce(u.media_type, d.media_type) as media_type,
             coalesce(u.size, d.size) as size, coalesce(u.filename, d.title) as filename, d.id as reused_from
      from json_to_recordset(${JSON.stringify(files.rows)}::json) as r(id uuid, dossier_id uuid,
             requirement_key text, title text, ordinal int, upload_id uuid, personal_document_id uuid)
      -- Lateral lookups by primary key: a join the planner may turn into a scan of the whole table.
      left join lateral (
        select * from uploads where id = r.upload_id and owner_account_id = ${files.ownerId}
      ) u on true
      left join lateral (
        select * from personal_documents where id = r.personal_document_id and owner_account_id = ${files.ownerId}
      ) d on true
      where u.id is not null or d.id is not null
    ), files_ok as (select count(*) = ${files.rows.length}::int as ok from files_found)`);
  // Without every file, nothing is claimed or numbered, so nothing else is written.
  const gate = files ? sql`where (select ok from files_ok)` : sql``;
  if (riders.claim)
    ctes.push(sql`claimed as (
      insert into idempotency_keys (scope, key, request_hash, dossier_id)
      select ${riders.claim.scope}, ${riders.claim.key}, ${riders.claim.requestHash}, ${values.id}::uuid ${gate}
      on conflict (scope, key) do nothing
      returning dossier_id
    )`);
  ctes.push(
    sql`next_seq as (
      insert into dossier_counters (org_id, day, last_seq)
      select ${template.orgId}::text, ${template.day}::date, 1 ${riders.claim ? sql`from claimed` : gate}
      on conflict (org_id, day) do update set last_seq = dossier_counters.last_seq + 1
      returning last_seq
    )`,
    sql`numbered as (select last_seq, ${code} as code from next_seq)`,
    sql`dossier as (${insertRows('dossiers', [values], sql`, code`, sql`, numbered.code`)})`,
    sql`first_action as (${insertRows('dossier_actions', [{ ...riders.action, seq: 1 }])})`,
  );
  if (riders.attachments?.length)
    ctes.push(sql`attachments as (${insertRows('dossier_attachments', riders.attachments)})`);
  if (files)
    ctes.push(sql`file_attachments as (
      insert into dossier_attachments (id, dossier_id, requirement_key, title, ordinal, sha256, media_type,
                                       size, filename, reused_from)
      select f.id, f.dossier_id, f.requirement_key, f.title, f.ordinal, f.sha256, f.media_type, f.size,
             f.filename, f.reused_from
      from numbered, files_found f
      returning id, sha256, media_type, size, filename, reused_from
    )`);
  const fill = { code: sql`numbered.code` };
  if (riders.event) ctes.push(outboxEventSql(riders.event, { after: 'numbered', fill }));
  if (riders.draft)
    ctes.push(sql`dropped_draft as (
      delete from dossier_drafts
      where owner_account_id = ${riders.draft.ownerId} and procedure_code = ${riders.draft.procedureCode}
        and exists (select from numbered)
    )`);
  if (riders.audit) ctes.push(auditRecordSql(riders.audit, { after: 'numbered', fill }).ctes);
  if (!files) {
    const { rows } = await sql<{ code: string; seq: number }>`
      with ${sql.join(ctes, sql`, `)}
      select code, last_seq as seq from numbered`.execute(db);
    const row = rows[0];
    return row && { code: row.code, seq: Number(row.seq), files: [] };
  }
  const { rows } = await sql<{
    code: string | null;
    seq: number | null;
    ok: boolean;
    files: AttachedFile[] | null;
  }>`
    with ${sql.join(ctes, sql`, `)}
    select n.code, n.last_seq as seq, (select ok from files_ok) as ok,
           (select json_agg(a) from file_attachments a) as files
    from (values (1)) as one (x) left join numbered n on true`.execute(db);
  const row = rows[0]!;
  if (!row.ok) return 'files-missing';
  if (row.code === null) return undefined;
  return {
    code: row.code,
    seq: Number(row.seq),
    files: (row.files ?? []).map((f) => ({ ...f, size: Number(f.size) })),
  };
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
