import type { Insertable } from 'kysely';
import type { Executor } from '../../../platform/db';
import type { CertificateKind, SigningCertificateTable } from '../tables';

const listed = [
  'id',
  'kind',
  'account_id',
  'agency_id',
  'agency_path',
  'source',
  'subject',
  'common_name',
  'issuer',
  'serial_hex',
  'fingerprint',
  'key_spec',
  'not_before',
  'not_after',
  'status',
  'revoked_at',
  'created_at',
] as const;

export type CertificateRow = Awaited<ReturnType<typeof findCertificate>>;

export async function insertCertificate(
  db: Executor,
  row: Insertable<SigningCertificateTable> & { id: string },
) {
  await db.insertInto('signing_certificates').values(row).execute();
}

export async function findCertificate(db: Executor, id: string) {
  return db.selectFrom('signing_certificates').select(listed).where('id', '=', id).executeTakeFirst();
}

/** With the key material: only the signing path reads this. */
export async function findSigningMaterial(db: Executor, id: string) {
  return db
    .selectFrom('signing_certificates')
    .select(['id', 'certificate', 'chain', 'private_key_sealed', 'status', 'not_before', 'not_after'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findActiveCertificate(
  db: Executor,
  holder: { kind: CertificateKind; accountId?: string; agencyId?: string },
) {
  let q = db
    .selectFrom('signing_certificates')
    .select(listed)
    .where('kind', '=', holder.kind)
    .where('status', '=', 'active');
  q =
    holder.kind === 'official'
      ? q.where('account_id', '=', holder.accountId!)
      : q.where('agency_id', '=', holder.agencyId!);
  return q.executeTakeFirst();
}

export async function listCertificates(db: Executor, filter: { accountId?: string; agencyId?: string }) {
  let q = db.selectFrom('signing_certificates').select(listed);
  if (filter.accountId) q = q.where('account_id', '=', filter.accountId);
  if (filter.agencyId) q = q.where('agency_id', '=', filter.agencyId);
  return q.orderBy('created_at', 'desc').limit(200).execute();
}

/** The holder's previous active certificate steps aside for a new one. */
export async function supersedeActive(
  db: Executor,
  holder: { kind: CertificateKind; accountId?: string; agencyId?: string },
) {
  let q = db
    .updateTable('signing_certificates')
    .set({ status: 'superseded' })
    .where('kind', '=', holder.kind)
    .where('status', '=', 'active');
  q =
    holder.kind === 'official'
      ? q.where('account_id', '=', holder.accountId!)
      : q.where('agency_id', '=', holder.agencyId!);
  return q.returning('id').execute();
}

export async function revokeCertificate(db: Executor, id: string, at: Date) {
  return db
    .updateTable('signing_certificates')
    .set({ status: 'revoked', revoked_at: at })
    .where('id', '=', id)
    .where('status', '<>', 'revoked')
    .returning(['id', 'serial_hex', 'source'])
    .executeTakeFirst();
}
