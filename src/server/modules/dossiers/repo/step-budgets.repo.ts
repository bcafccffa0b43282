import type { Executor } from '../../../platform/db';

export async function findStepBudgets(db: Executor, versionId: string) {
  return db
    .selectFrom('dossier_step_budgets')
    .selectAll()
    .where('procedure_version_id', '=', versionId)
    .executeTakeFirst();
}

export async function upsertStepBudgets(
  db: Executor,
  values: { versionId: string; budgets: Record<string, unknown>; legalBasis: string; updatedBy: string },
) {
  const row = {
    procedure_version_id: values.versionId,
    budgets: JSON.stringify(values.budgets),
    legal_basis: values.legalBasis,
    updated_by: values.updatedBy,
    updated_at: new Date(),
  };
  await db
    .insertInto('dossier_step_budgets')
    .values(row)
    .onConflict((oc) =>
      oc.column('procedure_version_id').doUpdateSet({
        budgets: row.budgets,
        legal_basis: row.legal_basis,
        updated_by: row.updated_by,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}
