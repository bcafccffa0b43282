import { type Insertable, sql } from 'kysely';
import type { Executor } from '../../../platform/db';
import type { DocumentSignatureTable, SignedDocumentTable } from '../tables';

export type DocumentRow = NonNullable<Awaited<ReturnType<typeof findDocument>>>;

export async function insertDocument(db: Executor, row: Insertable<SignedDocumentTable>) {
  await db.insertInto('signed_documents').values(row).execute();
}

export async function findDocument(db: Executor, id: string) {
  return db.selectFrom('signed_documents').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The registered documents whose original is the first revision of an uploaded file. */
export async function findDocumentsByOriginal(db: Executor, sha256: string) {
  return db
    .selectFrom('signed_documents')
    .selectAll()
    .where('original_sha256', '=', sha256)
    .orderBy('created_at', 'desc')
    .limit(5)
    .execute();
}

/**
 * Records one signature: moves the document to its next step only if nobody signed it meanwhile
 * (the current version is still `expectedSha256`). Returns false when it lost that race.
 */
export async function advanceDocument(
  db: Executor,
  id: string,
  expected: { sha256: string; stepsDone: number },
  next: { sha256: string; size: number; done: boolean; at: Date },
): Promise<boolean> {
  const res = await db
    .updateTable('signed_documents')
    .set({
      current_sha256: next.sha256,
      current_size: next.size,
      steps_done: expected.stepsDone + 1,
      ...(next.done ? { status: 'signed' as const, issued_at: next.at } : {}),
    })
    .where('id', '=', id)
    .where('current_sha256', '=', expected.sha256)
    .where('steps_done', '=', expected.stepsDone)
    .where('status', '=', 'awaiting_signature')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function insertSignature(db: Executor, row: Insertable<DocumentSignatureTable>) {
  await db.insertInto('document_signatures').values(row).execute();
}

export async function listSignatures(db: Executor, documentId: string) {
  return db
    .selectFrom('document_signatures')
    .select(['step', 'account_id', 'agency_id', 'field_name', 'level', 'signing_time', 'certificate_id'])
    .where('document_id', '=', documentId)
    .orderBy('signing_time')
    .execute();
}

/** Documents waiting for a step, in an agency subtree, oldest first. */
export async function listQueue(
  db: Executor,
  filter: { agencyPath: string; steps: string[]; limit: number },
) {
  return db
    .selectFrom('signed_documents')
    .selectAll()
    .where('status', '=', 'awaiting_signature')
    .where('agency_path', 'like', `${filter.agencyPath}%`)
    .where(sql<boolean>`steps[steps_done + 1] = any(${sql.val(filter.steps)}::text[])`)
    .orderBy('created_at')
    .limit(filter.limit)
    .execute();
}

export async function setDocumentStatus(
  db: Executor,
  id: string,
  values: {
    status: 'revoked' | 'superseded';
    at: Date;
    reason?: string | null;
    supersededBy?: string | null;
  },
) {
  return db
    .updateTable('signed_documents')
    .set({
      status: values.status,
      revoked_at: values.status === 'revoked' ? values.at : null,
      revocation_reason: values.reason ?? null,
      superseded_by: values.supersededBy ?? null,
    })
    .where('id', '=', id)
    .where('status', 'in', ['signed', 'awaiting_signature'])
    .returning('id')
    .executeTakeFirst();
}

/** Registered vs fully signed documents per agency, created in [from, to). */
export async function signingRate(db: Executor, filter: { agencyPath: string; from: Date; to: Date }) {
  return db
    .selectFrom('signed_documents')
    .select((eb) => [
      'agency_id',
      eb.fn.countAll<number>().as('issued'),
      eb.fn.count<number>('issued_at').as('signed'),
    ])
    .where('agency_path', 'like', `${filter.agencyPath}%`)
    .where('created_at', '>=', filter.from)
    .where('created_at', '<', filter.to)
    .groupBy('agency_id')
    .execute();
}
