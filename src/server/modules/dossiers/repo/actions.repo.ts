import type { Executor } from '../../../platform/db';
import type { DossierActionTable } from '../tables';

export type NewAction = Omit<DossierActionTable, 'seq' | 'data' | 'at'> & {
  data?: Record<string, unknown>;
  at: Date;
};

/** Appends the next action of a dossier (its row is locked by the caller). */
export async function appendAction(db: Executor, action: NewAction): Promise<number> {
  const last = await db
    .selectFrom('dossier_actions')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('dossier_id', '=', action.dossier_id)
    .executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  await db
    .insertInto('dossier_actions')
    .values({ ...action, seq, data: JSON.stringify(action.data ?? {}) })
    .execute();
  return seq;
}

export async function listActions(db: Executor, dossierId: string) {
  return db
    .selectFrom('dossier_actions')
    .selectAll()
    .where('dossier_id', '=', dossierId)
    .orderBy('seq')
    .execute();
}
