import type { Eform } from '../../../../contracts/catalog';
import {
  renderBirthExtract,
  renderDeathExtract,
  renderMaritalStatus,
  renderMarriageCertificate,
} from './civil-status';
import type { PaperContext } from './common';
import { renderGenericResult } from './generic-result';
import { renderHouseholdBusiness } from './household-business';
import type { RenderedResult, ResultInput, SignatureBox } from './result-layout';

/**
 * A rendered result, the name it goes by (the signing record, the citizen's personal store) and the
 * space its signature was left.
 */
export type ResultPaper = { title: string; pdf: Uint8Array; signatureBox: SignatureBox };

type Template = { title: string; render: (ctx: PaperContext, input: ResultInput) => Promise<RenderedResult> };

/**
 * Result papers with a template of their own, by national procedure code (the forms of TT 04/2020/TT-BTP
 * as amended for civil status; the household business certificate). Every other procedure prints the
 * facts of its e-form as the form labels them.
 */
const TEMPLATES: Record<string, Template> = {
  '1.001193': { title: 'Trích lục khai sinh', render: renderBirthExtract },
  '1.000656': { title: 'Trích lục khai tử', render: renderDeathExtract },
  '1.000894': { title: 'Giấy chứng nhận kết hôn', render: renderMarriageCertificate },
  '1.004873': { title: 'Giấy xác nhận tình trạng hôn nhân', render: renderMaritalStatus },
  '1.001612': { title: 'Giấy chứng nhận đăng ký hộ kinh doanh', render: renderHouseholdBusiness },
};

export const GENERIC_RESULT_TITLE = 'Kết quả giải quyết thủ tục hành chính';

export async function renderResult(
  ctx: PaperContext,
  procedure: { code: string; eform: Eform },
  input: ResultInput & { unitName?: (code: string) => string | undefined },
): Promise<ResultPaper> {
  const template = TEMPLATES[procedure.code];
  if (template) return { title: template.title, ...(await template.render(ctx, input)) };
  return {
    title: GENERIC_RESULT_TITLE,
    ...(await renderGenericResult(ctx, { ...input, eform: procedure.eform })),
  };
}
