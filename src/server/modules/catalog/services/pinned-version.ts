import type { z } from 'zod';
import type { EformValidation, VersionInput } from '../../../../contracts/catalog';
import type { Executor } from '../../../platform/db';
import { AppError } from '../../../platform/errors';
import { compiledEform } from '../lib/eform-cache';
import { vnToday } from '../lib/today';
import { cachedVersionRead } from '../lib/version-cache';
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

/**
 * The version of a procedure in force at an instant (its local date in Asia/Ho_Chi_Minh); 404 if none.
 * Kept briefly in this process (`lib/version-cache.ts`); the value is frozen and shared.
 */
export async function getVersionInForce(db: Executor, code: string, at: Date): Promise<PinnedVersion> {
  const date = vnToday(at);
  return cachedVersionRead(db, `in-force:${code}:${date}`, () => readVersionInForce(db, code, date));
}

async function readVersionInForce(db: Executor, code: string, date: string): Promise<PinnedVersion> {
  const v = await findVersionInForce(db, code, date);
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

/**
 * A pinned version by id (what a dossier stored); 404 if unknown. Kept briefly in this process
 * (`lib/version-cache.ts`); the value is frozen and shared.
 */
export async function getVersionById(db: Executor, id: string): Promise<PinnedVersion> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError('NOT_FOUND');
  return cachedVersionRead(db, `id:${id.toLowerCase()}`, () => readVersionById(db, id));
}

async function readVersionById(db: Executor, id: string): Promise<PinnedVersion> {
  const v = await findVersionById(db, id);
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
