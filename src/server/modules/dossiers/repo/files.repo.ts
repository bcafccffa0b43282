import type { Insertable } from 'kysely';
import type { Executor } from '../../../platform/db';
import type {
  DossierAttachmentTable,
  DossierDocumentTable,
  PersonalDocumentTable,
  UploadTable,
} from '../tables';

export async function insertUpload(db: Executor, values: Insertable<UploadTable>) {
  return db.insertInto('uploads').values(values).returning(['id', 'created_at']).executeTakeFirstOrThrow();
}

export async function findUploads(db: Executor, ownerId: string, ids: string[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('uploads')
    .selectAll()
    .where('owner_account_id', '=', ownerId)
    .where('id', 'in', ids)
    .execute();
}

export async function insertAttachments(db: Executor, rows: Insertable<DossierAttachmentTable>[]) {
  if (rows.length) await db.insertInto('dossier_attachments').values(rows).execute();
}

export async function listAttachments(db: Executor, dossierId: string) {
  return db
    .selectFrom('dossier_attachments')
    .selectAll()
    .where('dossier_id', '=', dossierId)
    .orderBy('created_at')
    .orderBy('ordinal')
    .execute();
}

export async function findPersonalDocuments(db: Executor, ownerId: string, ids?: string[]) {
  let q = db.selectFrom('personal_documents').selectAll().where('owner_account_id', '=', ownerId);
  if (ids) {
    if (!ids.length) return [];
    q = q.where('id', 'in', ids);
  }
  return q.orderBy('created_at', 'desc').execute();
}

export async function insertPersonalDocument(db: Executor, values: Insertable<PersonalDocumentTable>) {
  return db.insertInto('personal_documents').values(values).returning('id').executeTakeFirstOrThrow();
}

/**
 * Files a certified e-copy once per owner and file (the partial unique key of migration 0502):
 * returns the new row's id, or nothing when it was already filed.
 */
export async function insertCertifiedCopyOnce(
  db: Executor,
  values: Insertable<PersonalDocumentTable> & { kind: 'certified_copy' },
) {
  return db
    .insertInto('personal_documents')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['owner_account_id', 'sha256']).where('kind', '=', 'certified_copy').doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
}

export async function insertDossierDocument(db: Executor, values: Insertable<DossierDocumentTable>) {
  return db.insertInto('dossier_documents').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function listDossierDocuments(db: Executor, dossierId: string) {
  return db
    .selectFrom('dossier_documents')
    .selectAll()
    .where('dossier_id', '=', dossierId)
    .orderBy('created_at')
    .execute();
}

export async function findDossierDocument(db: Executor, dossierId: string, documentId: string) {
  return db
    .selectFrom('dossier_documents')
    .selectAll()
    .where('dossier_id', '=', dossierId)
    .where('id', '=', documentId)
    .executeTakeFirst();
}
