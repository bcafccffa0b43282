import type { Insertable } from 'kysely';
import type { Executor } from '../../../platform/db';
import type { PkiIssuedCertificateTable } from '../tables';

/** The built-in CA's register of what it issued, and what it revoked. */
export async function recordIssued(db: Executor, row: Insertable<PkiIssuedCertificateTable>) {
  await db.insertInto('pki_issued_certificates').values(row).execute();
}

export async function findIssued(db: Executor, caId: string, serialHex: string) {
  return db
    .selectFrom('pki_issued_certificates')
    .select(['serial_hex', 'issuer', 'revoked_at', 'revocation_reason'])
    .where('ca_id', '=', caId)
    .where('serial_hex', '=', serialHex)
    .executeTakeFirst();
}

export async function listRevoked(db: Executor, caId: string, issuer: 'root' | 'issuing') {
  return db
    .selectFrom('pki_issued_certificates')
    .select(['serial_hex', 'revoked_at', 'revocation_reason'])
    .where('ca_id', '=', caId)
    .where('issuer', '=', issuer)
    .where('revoked_at', 'is not', null)
    .orderBy('revoked_at')
    .execute();
}

export async function markRevoked(db: Executor, serialHex: string, at: Date, reason: string) {
  await db
    .updateTable('pki_issued_certificates')
    .set({ revoked_at: at, revocation_reason: reason })
    .where('serial_hex', '=', serialHex)
    .where('revoked_at', 'is', null)
    .execute();
}
