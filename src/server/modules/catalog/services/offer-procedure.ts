import type { Actor } from '../../../platform/auth';
import { authorize } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { findAgencyById } from '../../identity';
import type { CatalogDeps, RequestContext } from '../deps';
import { CATALOG_EVENTS } from '../events';
import { recordChange, writeTransaction } from '../lib/write';
import { catalogPolicy } from '../policy';
import { addOffering, removeOffering } from '../repo/offerings.repo';
import { findProcedureByCode } from '../repo/procedures.repo';

/**
 * An agency starts (offered = true) or stops receiving a procedure. Idempotent; audited on the agency's
 * chain when something changed.
 */
export async function setProcedureOffered(
  input: { actor: Actor; code: string; agencyId: string; offered: boolean; context: RequestContext },
  deps: Pick<CatalogDeps, 'db'>,
): Promise<void> {
  const agency = await findAgencyById(deps.db, input.agencyId);
  if (!agency) throw new AppError('NOT_FOUND');
  authorize(catalogPolicy, input.actor, 'procedure.offer', { agencyPath: agency.path });
  const p = await findProcedureByCode(deps.db, input.code);
  if (!p) throw new AppError('NOT_FOUND');
  await writeTransaction(deps.db, async (trx) => {
    const changed = input.offered
      ? await addOffering(trx, p.id, agency.id)
      : await removeOffering(trx, p.id, agency.id);
    if (!changed) return;
    await recordChange(trx, {
      actor: input.actor,
      context: input.context,
      agencyId: agency.id,
      action: input.offered ? 'catalog.procedure_offered' : 'catalog.procedure_withdrawn',
      topic: CATALOG_EVENTS.procedureChanged,
      code: p.code,
      data: { agencyId: agency.id },
    });
  });
}
