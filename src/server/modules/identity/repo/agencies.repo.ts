import type { Executor } from '../../../platform/db';
import type { AgencyTable } from '../tables';

const columns = [
  'a.id',
  'a.org_id',
  'a.name',
  'a.short_name',
  'a.kind',
  'a.parent_id',
  'a.path',
  'a.admin_unit_code',
  'a.address',
  'a.phone',
  'a.email',
  'a.seal_blob',
  'a.created_at',
  'u.name as admin_unit_name',
] as const;

const base = (db: Executor) =>
  db.selectFrom('agencies as a').innerJoin('admin_units as u', 'u.code', 'a.admin_unit_code');

export async function findAgency(db: Executor, id: string) {
  return base(db).select(columns).where('a.id', '=', id).executeTakeFirst();
}

export async function findAgencyByOrgId(db: Executor, orgId: string) {
  return base(db).select(columns).where('a.org_id', '=', orgId).executeTakeFirst();
}

export async function listAgencies(
  db: Executor,
  filter: { underPath?: string; kind?: AgencyTable['kind'] } = {},
) {
  let q = base(db).select(columns);
  if (filter.underPath) q = q.where('a.path', 'like', `${filter.underPath}%`);
  if (filter.kind) q = q.where('a.kind', '=', filter.kind);
  return q.orderBy('a.path').execute();
}

export async function insertAgency(
  db: Executor,
  values: Omit<AgencyTable, 'id' | 'created_at' | 'path' | 'seal_blob'> & { id: string; path: string },
) {
  await db.insertInto('agencies').values(values).execute();
}

export async function updateAgency(
  db: Executor,
  id: string,
  values: Partial<Pick<AgencyTable, 'name' | 'short_name' | 'address' | 'phone' | 'email' | 'seal_blob'>>,
) {
  await db.updateTable('agencies').set(values).where('id', '=', id).execute();
}
