import { sql } from 'kysely';
import type { Executor } from '../../../platform/db';
import type { VersionRow, versionColumns } from '../lib/version-row';

const columns = [
  'v.id',
  'v.procedure_id',
  'v.version',
  'v.effective_from',
  'v.effective_to',
  'v.decision_number',
  'v.decision_date',
  'v.applicants',
  'v.implementing_agency',
  'v.processing_time_value',
  'v.processing_time_unit',
  'v.afternoon_cutoff',
  'v.time_note',
  'v.channels',
  'v.fees',
  'v.documents',
  'v.results',
  'v.legal_basis',
  'v.steps',
  'v.conditions',
  'v.eform_schema',
  'v.eform_ui',
  'v.workflow_template',
  'v.updated_at',
] as const;

const inForceAt = (date: string) =>
  sql<boolean>`v.effective_from <= ${date} and (v.effective_to is null or v.effective_to > ${date})`;

export async function listVersions(db: Executor, procedureId: string): Promise<VersionRow[]> {
  return db
    .selectFrom('procedure_versions as v')
    .select(columns)
    .where('v.procedure_id', '=', procedureId)
    .orderBy('v.version')
    .execute();
}

export async function listVersionsOfAll(db: Executor): Promise<VersionRow[]> {
  return db
    .selectFrom('procedure_versions as v')
    .select(columns)
    .orderBy('v.procedure_id')
    .orderBy('v.version')
    .execute();
}

export async function findVersionById(db: Executor, id: string): Promise<VersionRow | undefined> {
  return db.selectFrom('procedure_versions as v').select(columns).where('v.id', '=', id).executeTakeFirst();
}

/** A version by procedure code and number. */
export async function findVersionByNumber(db: Executor, code: string, version: number) {
  return db
    .selectFrom('procedure_versions as v')
    .innerJoin('procedures as p', 'p.id', 'v.procedure_id')
    .select(['v.id', 'v.version', 'v.eform_schema', 'v.updated_at', 'p.code'])
    .where('p.code', '=', code)
    .where('v.version', '=', version)
    .executeTakeFirst();
}

/** The version of a procedure in force on a local date, with the procedure's code and name. */
export async function findVersionInForce(db: Executor, code: string, date: string) {
  return db
    .selectFrom('procedure_versions as v')
    .innerJoin('procedures as p', 'p.id', 'v.procedure_id')
    .select(columns)
    .select(['p.code', 'p.name'])
    .where('p.code', '=', code)
    .where(inForceAt(date))
    .executeTakeFirst();
}

/** The first version that starts after a date. */
export async function findNextVersion(db: Executor, procedureId: string, date: string) {
  return db
    .selectFrom('procedure_versions as v')
    .select(['v.version', 'v.effective_from'])
    .where('v.procedure_id', '=', procedureId)
    .where('v.effective_from', '>', date)
    .orderBy('v.effective_from')
    .limit(1)
    .executeTakeFirst();
}

export async function insertVersion(
  db: Executor,
  values: ReturnType<typeof versionColumns> & {
    procedure_id: string;
    version: number;
    created_by: string | null;
  },
) {
  await db.insertInto('procedure_versions').values(values).execute();
}

export async function updateVersion(
  db: Executor,
  procedureId: string,
  version: number,
  values: ReturnType<typeof versionColumns>,
) {
  await db
    .updateTable('procedure_versions')
    .set({ ...values, updated_at: new Date() })
    .where('procedure_id', '=', procedureId)
    .where('version', '=', version)
    .execute();
}

export async function setVersionEnd(db: Executor, procedureId: string, version: number, to: string | null) {
  await db
    .updateTable('procedure_versions')
    .set({ effective_to: to, updated_at: new Date() })
    .where('procedure_id', '=', procedureId)
    .where('version', '=', version)
    .execute();
}

export async function deleteVersion(db: Executor, procedureId: string, version: number) {
  await db
    .deleteFrom('procedure_versions')
    .where('procedure_id', '=', procedureId)
    .where('version', '=', version)
    .execute();
}
