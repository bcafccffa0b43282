import type { Executor } from '../../../platform/db';

export async function listTrustedRoots(db: Executor) {
  return db
    .selectFrom('signing_trusted_roots')
    .select(['fingerprint', 'subject', 'certificate', 'note', 'added_at'])
    .orderBy('added_at')
    .execute();
}

export async function insertTrustedRoot(
  db: Executor,
  row: {
    fingerprint: string;
    subject: string;
    certificate: Uint8Array;
    note: string | null;
    addedBy: string | null;
  },
) {
  await db
    .insertInto('signing_trusted_roots')
    .values({
      fingerprint: row.fingerprint,
      subject: row.subject,
      certificate: row.certificate,
      note: row.note,
      added_by: row.addedBy,
    })
    .onConflict((oc) => oc.column('fingerprint').doNothing())
    .execute();
}

export async function deleteTrustedRoot(db: Executor, fingerprint: string) {
  return db
    .deleteFrom('signing_trusted_roots')
    .where('fingerprint', '=', fingerprint)
    .returning('fingerprint')
    .executeTakeFirst();
}
