import { type Insertable, type RawBuilder, sql } from 'kysely';
import { type AuditEntry, auditRecordSql } from '../../../platform/audit';
import type { Executor } from '../../../platform/db';
import { type OutboxEvent, outboxEventSql } from '../../../platform/outbox';
import type { PersonDetailsRow } from '../../identity';
import type { Applicant, DossierActionTable, DossierAttachmentTable, DossierTable } from '../tables';

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
  /**
   * The applicant's details (the dossier's `applicant` and `applicant_phone_last4`), read by the
   * statement from their account (`personDetailsSql` of the identity module) instead of given in the
   * row: nothing at all is written unless the account is there. Saves a round trip for reading them.
   */
  applicantFrom?: RawBuilder<PersonDetailsRow>;
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
 *
 * Rows are sent as JSON and typed by the tables' own row types (`json_populate_record`): parameters
 * of an `insert … select` are not typed by their target columns.
 */
export async function insertDossierWithNextCode(
  db: Executor,
  values: Omit<Insertable<DossierTable>, 'code' | 'applicant' | 'form_data'> & {
    id: string;
    applicant?: unknown;
    form_data: Record<string, unknown>;
  },
  template: CodeTemplate,
  riders: SubmissionRiders,
): Promise<Numbered | 'files-missing' | 'applicant-missing' | undefined> {
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
  const { files, applicantFrom } = riders;
  if (applicantFrom)
    ctes.push(sql`applicant as (
      select jsonb_build_object('fullName', p.full_name, 'personalId', p.personal_id, 'phone', p.phone,
               'email', p.email, 'organisation', null,
               'address', nullif(concat_ws(', ', nullif(p.address_line, ''), nullif(p.address_unit_name, '')), '')
             ) as doc,
             right(p.phone, 4) as phone_last4
      from (${applicantFrom}) p
    )`);
  if (files)
    ctes.push(sql`files_found as (
      select r.id, r.dossier_id, r.requirement_key, r.title, r.ordinal,
             coalesce(u.sha256, d.sha256) as sha256, coalesce(u.media_type, d.media_type) as media_type,
             coalesce(u.size, d.size) as size, coalesce(u.filename, d.title) as filename, d.id as reused_from
      from json_to_recordset(${JSON.stringify(files.rows)}::json) as r(id uuid, dossier_id uuid,
             requirement_key text, title text, ordinal int, upload_id uuid, personal_document_id uuid)
      -- One lookup by primary key a file. The limit keeps each lateral subquery a subquery: pulled up
      -- into a join, the (generic) plan hashed every upload of the owner for each submission.
      left join lateral (
        select * from uploads where id = r.upload_id and owner_account_id = ${files.ownerId} limit 1
      ) u on true
      left join lateral (
        select * from personal_documents
        where id = r.personal_document_id and owner_account_id = ${files.ownerId} limit 1
      ) d on true
      where u.id is not null or d.id is not null
    ), files_ok as (select count(*) = ${files.rows.length}::int as ok from files_found)`);
  // Without every file and the applicant's account, nothing is claimed or numbered, so nothing else
  // is written.
  const conditions = [
    ...(files ? [sql`(select ok from files_ok)`] : []),
    ...(applicantFrom ? [sql`exists (select from applicant)`] : []),
  ];
  const gate = conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
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
    sql`dossier as (${
      applicantFrom
        ? insertRows('dossiers', [values], {
            columns: sql`, code, applicant, applicant_phone_last4`,
            values: sql`, numbered.code, applicant.doc, applicant.phone_last4`,
            from: sql`, applicant`,
          })
        : insertRows('dossiers', [values], { columns: sql`, code`, values: sql`, numbered.code` })
    })`,
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
  if (!files && !applicantFrom) {
    const { rows } = await sql<{ code: string; seq: number }>`
      with ${sql.join(ctes, sql`, `)}
      select code, last_seq as seq from numbered`.execute(db);
    const row = rows[0];
    return row && { code: row.code, seq: Number(row.seq), files: [] };
  }
  const { rows } = await sql<{
    code: string | null;
    seq: number | null;
    files_ok: boolean;
    applicant: Applicant | null;
    phone_last4: string | null;
    files: AttachedFile[] | null;
  }>`
    with ${sql.join(ctes, sql`, `)}
    select n.code, n.last_seq as seq,
           ${files ? sql`(select ok from files_ok)` : sql`true`} as files_ok,
           ${applicantFrom ? sql`(select doc from applicant)` : sql`null::jsonb`} as applicant,
           ${applicantFrom ? sql`(select phone_last4 from applicant)` : sql`null::text`} as phone_last4,
           ${files ? sql`(select json_agg(a) from file_attachments a)` : sql`null::json`} as files
    from (values (1)) as one (x) left join numbered n on true`.execute(db);
  const row = rows[0]!;
  if (applicantFrom && !row.applicant) return 'applicant-missing';
  if (!row.files_ok) return 'files-missing';
  if (row.code === null) return undefined;
  return {
    code: row.code,
    seq: Number(row.seq),
    files: (row.files ?? []).map((f) => ({ ...f, size: Number(f.size) })),
    ...(row.applicant ? { applicant: { details: row.applicant, phoneLast4: row.phone_last4 } } : {}),
  };
}

/** What the statement wrote: the code, and what it read for the rows (files, the applicant). */
type Numbered = {
  code: string;
  seq: number;
  files: AttachedFile[];
  applicant?: { details: Applicant; phoneLast4: string | null };
};

/**
 * `insert into <table> (<keys>) select … from numbered, json_populate_recordset(…)`: the rows go in
 * exactly when the statement took a number; `extra` adds columns computed by the statement (and the
 * CTEs they come from).
 */
function insertRows(
  table: 'dossiers' | 'dossier_actions' | 'dossier_attachments',
  rows: object[],
  extra: { columns: RawBuilder<unknown>; values: RawBuilder<unknown>; from?: RawBuilder<unknown> } = {
    columns: sql``,
    values: sql``,
  },
) {
  // The keys are our own tables' column names (never input), quoted as identifiers once, as text:
  // a `sql.ref` each cost more to build and compile than the rest of the statement's insert.
  const keys = Object.keys(rows[0]!).map((k) => `"${k.replaceAll('"', '""')}"`);
  const columns = sql.raw(keys.join(', '));
  const picked = sql.raw(keys.map((k) => `r.${k}`).join(', '));
  return sql`insert into ${sql.table(table)} (${columns}${extra.columns})
    select ${picked}${extra.values}
    from numbered${extra.from ?? sql``}, json_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows)}::json) r`;
}

/** The agency's last sequence number of the day (0 before its first dossier of that day). */
export async function lastSeqOfDay(db: Executor, orgId: string, day: string): Promise<number> {
  const row = await db
    .selectFrom('dossier_counters')
    .select('last_seq')
    .where('org_id', '=', orgId)
    .where('day', '=', day)
    .executeTakeFirst();
  return row ? Number(row.last_seq) : 0;
}
