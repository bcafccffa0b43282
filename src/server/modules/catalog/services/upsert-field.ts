import type { Actor } from '../../../platform/auth';
import type { CatalogDeps, RequestContext } from '../deps';
import { CATALOG_EVENTS } from '../events';
import { authorizeEditor } from '../lib/editor';
import { recordChange, writeTransaction } from '../lib/write';
import { upsertField as upsert } from '../repo/fields.repo';

/** Creates or renames a field (lĩnh vực). */
export async function upsertField(
  input: { actor: Actor; code: string; name: string; context: RequestContext },
  deps: Pick<CatalogDeps, 'db'>,
) {
  const owner = await authorizeEditor(deps.db, input.actor);
  await writeTransaction(deps.db, async (trx) => {
    if (!(await upsert(trx, { code: input.code, name: input.name }))) return;
    await recordChange(trx, {
      actor: input.actor,
      context: input.context,
      agencyId: owner.agencyId,
      action: 'catalog.field_saved',
      topic: CATALOG_EVENTS.procedureChanged,
      code: input.code,
      subjectType: 'catalog_field',
      data: { name: input.name },
    });
  });
  return { code: input.code, name: input.name };
}
