import { AppError } from '../../../platform/errors';
import type { CatalogDeps } from '../deps';
import { validatorModule } from '../lib/eform-standalone';
import { findVersionByNumber } from '../repo/versions.repo';

/**
 * A version's precompiled e-form validator (an ES module) and its content hash. Versions are public
 * (every decision is), so is their validator. 404 when the form cannot be made standalone: the
 * browser then validates through `POST /procedures/{code}/eform/validate`.
 */
export async function getEformValidator(
  input: { code: string; version: number },
  deps: Pick<CatalogDeps, 'db'>,
): Promise<{ hash: string; source: string }> {
  const v = await findVersionByNumber(deps.db, input.code, input.version);
  if (!v) throw new AppError('NOT_FOUND');
  const m = validatorModule(
    { id: v.id, updatedAt: v.updated_at },
    v.eform_schema as Record<string, unknown>,
    `${v.code} #${v.version}`,
  );
  if (m.source === null)
    throw new AppError('NOT_FOUND', {
      vi: 'Biểu mẫu này không có bộ kiểm tra biên dịch sẵn; hãy kiểm tra qua máy chủ.',
      en: 'This form has no precompiled validator; validate it through the server.',
    });
  return { hash: m.hash, source: m.source };
}
