import { sql, type Updateable } from 'kysely';
import type { Executor } from '../../../platform/db';
import type { DossierTable } from '../tables';

/**
 * For the rest of the transaction, the first action and the attachments of a new dossier may be
 * written before the dossier row itself (the references are checked at commit), so the row, which
 * needs the contended code counter, can come last (migration 0304 made the two keys deferrable).
 */
export async function deferDossierReferences(db: Executor) {
  await sql`set constraints dossier_actions_dossier_id_fkey, dossier_attachments_dossier_id_fkey deferred`.execute(
    db,
  );
}

export async function findDossier(db: Executor, id: string) {
  return db.selectFrom('dossiers').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findDossiersByIds(db: Executor, ids: readonly string[]) {
  if (!ids.length) return [];
  return db.selectFrom('dossiers').selectAll().where('id', 'in', ids).execute();
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

/**
 * The inbox reads open dossiers only, through the partial index `dossiers_open_inbox` (migration
 * 0305), which holds every column these filters and the sort use: one branch per agency subtree,
 * each an index-only range scan (a LIKE prefix in an OR is only a filter over the whole index), and
 * the heap is visited for the page's rows alone. Prefixes covered by another are dropped, so no
 * dossier is read twice.
 */
function inboxBranches(db: Executor, f: Omit<InboxFilter, 'limit' | 'offset'>) {
  const paths = [...new Set(f.agencyPaths)];
  return paths
    .filter((p) => !paths.some((q) => q !== p && p.startsWith(q)))
    .map((path) => {
      let q = db
        .selectFrom('dossiers')
        .where('agency_path', 'like', `${path}%`)
        .where('state', 'in', f.states);
      if (f.assigneeId) q = q.where('assignee_id', '=', f.assigneeId);
      if (f.procedureCode) q = q.where('procedure_code', '=', f.procedureCode);
      if (f.overdueAt) q = q.where('due_at', '<', f.overdueAt);
      if (f.q) q = q.where('code', 'like', `%${f.q.replace(/[\\%_]/g, '')}%`);
      return q;
    });
}

/** An official's work list, soonest deadline first (then oldest submission, then id: a stable order for paging). */
export async function listInbox(db: Executor, f: InboxFilter) {
  const [first, ...rest] = inboxBranches(db, f).map((q) => q.select(['id', 'due_at', 'submitted_at']));
  if (!first) return [];
  const page = rest
    .reduce((all, q) => all.unionAll(q), first)
    .orderBy('due_at', 'asc')
    .orderBy('submitted_at', 'asc')
    .orderBy('id', 'asc')
    .limit(f.limit)
    .offset(f.offset);
  return db
    .selectFrom(page.as('page'))
    .innerJoin('dossiers as d', 'd.id', 'page.id')
    .select([
      'd.id',
      'd.code',
      'd.procedure_code',
      'd.state',
      'd.national_status',
      'd.channel',
      'd.applicant',
      'd.submitted_at',
      'd.due_at',
      'd.step_due_at',
      'd.assignee_id',
      'd.claimed_by',
      'd.supplement_requests',
      // Read with the row anyway: the inbox needs no second query for when a claim began or for the
      // procedure version (its step budgets).
      'd.claimed_at',
      'd.procedure_version_id',
    ])
    .orderBy('page.due_at', 'asc')
    .orderBy('page.submitted_at', 'asc')
    .orderBy('page.id', 'asc')
    .execute();
}

export async function countInboxByState(db: Executor, f: Omit<InboxFilter, 'limit' | 'offset'>) {
  const [first, ...rest] = inboxBranches(db, f).map((q) => q.select('state'));
  if (!first) return [];
  return db
    .selectFrom(rest.reduce((all, q) => all.unionAll(q), first).as('open'))
    .select(['open.state', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('open.state')
    .execute();
}
