import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../../platform/db';
import type { DossierTable } from '../tables';

export async function insertDossier(db: Executor, values: Insertable<DossierTable>) {
  return db.insertInto('dossiers').values(values).returning(['id', 'code']).executeTakeFirstOrThrow();
}

export async function findDossier(db: Executor, id: string) {
  return db.selectFrom('dossiers').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The dossier row locked for an action: concurrent actions on one dossier run one after the other. */
export async function lockDossier(db: Executor, id: string) {
  return db.selectFrom('dossiers').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function findDossierByCode(db: Executor, code: string) {
  return db.selectFrom('dossiers').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function updateDossier(db: Executor, id: string, values: Updateable<DossierTable>) {
  await db
    .updateTable('dossiers')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function listDossiersOfApplicant(db: Executor, accountId: string, limit: number) {
  return db
    .selectFrom('dossiers')
    .select([
      'id',
      'code',
      'procedure_code',
      'procedure_version_id',
      'state',
      'national_status',
      'submitted_at',
      'due_at',
      'ended_at',
      'agency_id',
      'verdict',
    ])
    .where('applicant_account_id', '=', accountId)
    .orderBy('submitted_at', 'desc')
    .limit(limit)
    .execute();
}

export type InboxFilter = {
  agencyPaths: string[];
  states: string[];
  assigneeId?: string | undefined;
  procedureCode?: string | undefined;
  overdueAt?: Date | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
};

function inboxQuery(db: Executor, f: InboxFilter) {
  let q = db
    .selectFrom('dossiers')
    .where((eb) => eb.or(f.agencyPaths.map((p) => eb('agency_path', 'like', `${p}%`))))
    .where('state', 'in', f.states);
  if (f.assigneeId) q = q.where('assignee_id', '=', f.assigneeId);
  if (f.procedureCode) q = q.where('procedure_code', '=', f.procedureCode);
  if (f.overdueAt) q = q.where('due_at', '<', f.overdueAt);
  if (f.q) q = q.where('code', 'like', `%${f.q.replace(/[\\%_]/g, '')}%`);
  return q;
}

/** An official's work list, soonest deadline first. */
export async function listInbox(db: Executor, f: InboxFilter) {
  return inboxQuery(db, f)
    .select([
      'id',
      'code',
      'procedure_code',
      'state',
      'national_status',
      'channel',
      'applicant',
      'submitted_at',
      'due_at',
      'step_due_at',
      'assignee_id',
      'claimed_by',
      'supplement_requests',
    ])
    .orderBy('due_at', 'asc')
    .orderBy('submitted_at', 'asc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
}

export async function countInboxByState(db: Executor, f: Omit<InboxFilter, 'limit' | 'offset'>) {
  return inboxQuery(db, { ...f, limit: 0, offset: 0 })
    .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('state')
    .execute();
}
