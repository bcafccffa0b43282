import type { z } from 'zod';
import type { EformValidation, VersionInput } from '../../../../contracts/catalog';
import type { Executor } from '../../../platform/db';
import { AppError } from '../../../platform/errors';
import { compiledEform } from '../lib/eform-cache';
import { vnToday } from '../lib/today';
import { versionInputOf } from '../lib/version-row';
import { findProcedureCodeName } from '../repo/procedures.repo';
import { findVersionById, findVersionInForce } from '../repo/versions.repo';

/**
 * A procedure version as the dossier module keeps it: the id to pin on the dossier, and the rules to
 * apply (processing time and 15:00 cutoff for the deadline, fees, papers, e-form, workflow template).
 */
export type PinnedVersion = VersionInput & {
  id: string;
  procedureCode: string;
  procedureName: string;
  version: number;
  updatedAt: Date;
};

/** The version of a procedure in force at an instant (its local date in Asia/Ho_Chi_Minh); 404 if none. */
export async function getVersionInForce(db: Executor, code: string, at: Date): Promise<PinnedVersion> {
  const v = await findVersionInForce(db, code, vnToday(at));
  if (!v)
    throw new AppError('NOT_FOUND', {
      vi: 'Thủ tục không có phiên bản đang áp dụng.',
      en: 'The procedure has no version in force.',
    });
  return {
    ...versionInputOf(v),
    id: v.id,
    procedureCode: v.code,
    procedureName: v.name,
    version: v.version,
    updatedAt: v.updated_at,
  };
}

/** A pinned version by id (what a dossier stored); 404 if unknown. */
export async function getVersionById(db: Executor, id: string): Promise<PinnedVersion> {
  const v = /^[0-9a-f-]{36}$/i.test(id) ? await findVersionById(db, id) : undefined;
  if (!v) throw new AppError('NOT_FOUND');
  const p = await findProcedureCodeName(db, v.procedure_id);
  return {
    ...versionInputOf(v),
    id: v.id,
    procedureCode: p.code,
    procedureName: p.name,
    version: v.version,
    updatedAt: v.updated_at,
  };
}

/** Form data checked against the version's e-form: `{ valid, errors: [{ path, vi, en }] }`. */
export function validateFormData(
  version: Pick<PinnedVersion, 'id' | 'updatedAt' | 'eform'>,
  data: unknown,
): z.infer<typeof EformValidation> {
  return compiledEform({ id: version.id, updatedAt: version.updatedAt }, version.eform).validate(data);
}
