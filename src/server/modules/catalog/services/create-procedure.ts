import type { z } from 'zod';
import type { CreateProcedureRequest, ProcedureDetail } from '../../../../contracts/catalog';
import type { Actor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { CatalogDeps, RequestContext } from '../deps';
import { CATALOG_EVENTS } from '../events';
import { authorizeEditor } from '../lib/editor';
import { vnToday } from '../lib/today';
import { assertValidVersion } from '../lib/validate-version';
import { versionColumns } from '../lib/version-row';
import { recordChange, staffId, writeTransaction } from '../lib/write';
import { pastDateError } from '../lib/write-errors';
import { isSystemAdmin } from '../policy';
import { findField } from '../repo/fields.repo';
import { findProcedureByCode, insertProcedure } from '../repo/procedures.repo';
import { insertVersion } from '../repo/versions.repo';
import { getProcedure } from './get-procedure';

export const unknownFieldError = (path: string) =>
  new AppError('VALIDATION_FAILED', {
    vi: 'Lĩnh vực không tồn tại.',
    en: 'Unknown field.',
    fields: [{ path, vi: 'Mã lĩnh vực không tồn tại.', en: 'Unknown field code.' }],
  });

/** Adds a procedure to the catalogue with its first version. */
export async function createProcedure(
  input: { actor: Actor; procedure: z.infer<typeof CreateProcedureRequest>; context: RequestContext },
  deps: Pick<CatalogDeps, 'db'>,
): Promise<ProcedureDetail> {
  const owner = await authorizeEditor(deps.db, input.actor);
  const { firstVersion: v, ...p } = input.procedure;
  assertValidVersion(v, 'body.firstVersion');
  const today = vnToday();
  if (v.effectiveFrom < today && !isSystemAdmin(input.actor))
    throw pastDateError('body.firstVersion.effectiveFrom', today);
  if (!(await findField(deps.db, p.fieldCode))) throw unknownFieldError('body.fieldCode');
  if (await findProcedureByCode(deps.db, p.code))
    throw new AppError('CONFLICT', {
      vi: `Thủ tục mã ${p.code} đã có trong danh mục.`,
      en: `Procedure ${p.code} is already in the catalogue.`,
    });
  await writeTransaction(deps.db, async (trx) => {
    const id = await insertProcedure(trx, {
      code: p.code,
      name: p.name,
      name_en: p.nameEn,
      field_code: p.fieldCode,
      levels: p.levels,
      online_service_level: p.onlineServiceLevel,
    });
    await insertVersion(trx, {
      ...versionColumns(v),
      procedure_id: id,
      version: 1,
      created_by: staffId(input.actor),
    });
    await recordChange(trx, {
      actor: input.actor,
      context: input.context,
      agencyId: owner.agencyId,
      action: 'catalog.procedure_created',
      topic: CATALOG_EVENTS.procedureChanged,
      code: p.code,
      data: { name: p.name, effectiveFrom: v.effectiveFrom },
    });
  });
  return getProcedure({ code: p.code }, deps);
}
