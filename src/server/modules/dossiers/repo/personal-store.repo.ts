import { sql } from 'kysely';
import type { Executor } from '../../../platform/db';

/**
 * The owner's stored papers, newest first, with the code of the dossier each came from and how many
 * times it was reused in later dossiers (`dossier_attachments.reused_from`, QĐ 766 indicator 4.4).
 */
export async function listPersonalStore(db: Executor, ownerId: string) {
  return db
    .selectFrom('personal_documents as p')
    .leftJoin('dossiers as d', 'd.id', 'p.source_dossier_id')
    .select([
      'p.id',
      'p.kind',
      'p.title',
      'p.media_type',
      'p.size',
      'p.source_dossier_id',
      'p.issued_by_agency_id',
      'p.verification_path',
      'p.created_at',
      'd.code as source_dossier_code',
      // The source dossier is linked only when the owner applied for it (a desk intake may have been
      // filed for someone else's dossier): the link must open for the person who sees it.
      sql<boolean>`coalesce(d.applicant_account_id = p.owner_account_id, false)`.as('owns_source'),
      (eb) =>
        eb
          .selectFrom('dossier_attachments as a')
          .select((e) => e.fn.countAll<string>().as('n'))
          .whereRef('a.reused_from', '=', 'p.id')
          .as('reuse_count'),
    ])
    .where('p.owner_account_id', '=', ownerId)
    .orderBy('p.created_at', 'desc')
    .orderBy('p.id')
    .limit(1000)
    .execute();
}

/** One stored paper of its owner; nothing when it is someone else's (the caller answers 404). */
export async function findOwnedPersonalDocument(db: Executor, ownerId: string, id: string) {
  return db
    .selectFrom('personal_documents')
    .select(['id', 'kind', 'title', 'sha256', 'media_type', 'size'])
    .where('owner_account_id', '=', ownerId)
    .where('id', '=', id)
    .executeTakeFirst();
}
