import type { z } from 'zod';
import type { EformValidation } from '../../../../contracts/catalog';
import { AppError } from '../../../platform/errors';
import type { CatalogDeps } from '../deps';
import { compiledEform } from '../lib/eform-cache';
import { vnToday } from '../lib/today';
import { versionInputOf } from '../lib/version-row';
import { findVersionInForce } from '../repo/versions.repo';

/** Validates form data against the e-form in force today, with the messages the portal shows. */
export async function validateEform(
  input: { code: string; data: unknown },
  deps: Pick<CatalogDeps, 'db'>,
): Promise<z.infer<typeof EformValidation>> {
  const v = await findVersionInForce(deps.db, input.code, vnToday());
  if (!v) throw new AppError('NOT_FOUND');
  return compiledEform({ id: v.id, updatedAt: v.updated_at }, versionInputOf(v).eform).validate(input.data);
}
