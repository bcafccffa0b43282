import type { z } from 'zod';
import type { ProcedureDetail, UpdateProcedureRequest } from '../../../../contracts/catalog';
import type { Actor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { CatalogDeps, RequestContext } from '../deps';
import { CATALOG_EVENTS } from '../events';
import { authorizeEditor } from '../lib/editor';
import { recordChange, writeTransaction } from '../lib/write';
import { findField } from '../repo/fields.repo';
import { lockProcedureByCode, updateProcedure as update } from '../repo/procedures.repo';
import { unknownFieldError } from './create-procedure';
import { getProcedure } from './get-procedure';

/** Edits a procedure's own attributes: name, field, levels, online service level (NĐ 42/2022). */
export async function updateProcedure(
  input: {
    actor: Actor;
    code: string;
    changes: z.infer<typeof UpdateProcedureRequest>;
    context: RequestContext;
  },
  deps: Pick<CatalogDeps, 'db'>,
): Promise<ProcedureDetail> {
  const owner = await authorizeEditor(deps.db, input.actor);
  const c = input.changes;
  if (c.fieldCode !== undefined && !(await findField(deps.db, c.fieldCode)))
    throw unknownFieldError('body.fieldCode');
  await writeTransaction(deps.db, async (trx) => {
    const p = await lockProcedureByCode(trx, input.code);
    if (!p) throw new AppError('NOT_FOUND');
    await update(trx, p.id, {
      ...(c.name !== undefined ? { name: c.name } : {}),
      ...(c.nameEn !== undefined ? { name_en: c.nameEn } : {}),
      ...(c.fieldCode !== undefined ? { field_code: c.fieldCode } : {}),
      ...(c.levels !== undefined ? { levels: c.levels } : {}),
      ...(c.onlineServiceLevel !== undefined ? { online_service_level: c.onlineServiceLevel } : {}),
    });
    await recordChange(trx, {
      actor: input.actor,
      context: input.context,
      agencyId: owner.agencyId,
      action: 'catalog.procedure_updated',
      topic: CATALOG_EVENTS.procedureChanged,
      code: p.code,
      // The values before the change, so the audit trail reads as a diff.
      data: {
        changes: c,
        before: {
          name: p.name,
          nameEn: p.name_en,
          fieldCode: p.field_code,
          levels: p.levels,
          onlineServiceLevel: p.online_service_level,
        },
      },
    });
  });
  return getProcedure({ code: input.code }, deps);
}
