import { type Actor, authorize } from '../../../platform/auth';
import type { CatalogDeps } from '../deps';
import { buildCatalogDocument } from '../lib/catalog-document';
import { vnToday } from '../lib/today';
import { writeWorkbook } from '../lib/xlsx-io';
import { catalogPolicy } from '../policy';

/** The whole catalogue as JSON or as an Excel workbook, in the format import takes back. */
export async function exportCatalog(
  input: { actor: Actor; format: 'json' | 'xlsx' },
  deps: Pick<CatalogDeps, 'db'>,
): Promise<{ filename: string; contentType: string; body: Buffer | string }> {
  authorize(catalogPolicy, input.actor, 'catalog.export');
  const doc = await buildCatalogDocument(deps.db);
  const name = `danh-muc-thu-tuc-${vnToday()}`;
  if (input.format === 'json')
    return {
      filename: `${name}.json`,
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify(doc, null, 1),
    };
  return {
    filename: `${name}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: await writeWorkbook(doc),
  };
}
