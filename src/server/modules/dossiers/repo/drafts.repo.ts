import type { Executor } from '../../../platform/db';

export async function findDraft(db: Executor, ownerId: string, procedureCode: string) {
  return db
    .selectFrom('dossier_drafts')
    .selectAll()
    .where('owner_account_id', '=', ownerId)
    .where('procedure_code', '=', procedureCode)
    .executeTakeFirst();
}

/** A person's drafts, latest first; one procedure's when `procedureCode` is given. */
export async function listDrafts(
  db: Executor,
  ownerId: string,
  procedureCode: string | undefined,
  limit: number,
) {
  let q = db.selectFrom('dossier_drafts').selectAll().where('owner_account_id', '=', ownerId);
  if (procedureCode) q = q.where('procedure_code', '=', procedureCode);
  return q.orderBy('updated_at', 'desc').limit(limit).execute();
}

export async function saveDraft(
  db: Executor,
  v: {
    ownerId: string;
    procedureCode: string;
    agencyId: string | null;
    formData: unknown;
    attachments: unknown[];
  },
) {
  const existing = await findDraft(db, v.ownerId, v.procedureCode);
  const values = {
    agency_id: v.agencyId,
    form_data: JSON.stringify(v.formData),
    attachments: JSON.stringify(v.attachments),
    updated_at: new Date(),
  };
  if (existing) await db.updateTable('dossier_drafts').set(values).where('id', '=', existing.id).execute();
  else
    await db
      .insertInto('dossier_drafts')
      .values({ ...values, owner_account_id: v.ownerId, procedure_code: v.procedureCode })
      .execute();
}

export async function deleteDraft(db: Executor, ownerId: string, procedureCode: string) {
  await db
    .deleteFrom('dossier_drafts')
    .where('owner_account_id', '=', ownerId)
    .where('procedure_code', '=', procedureCode)
    .execute();
}
