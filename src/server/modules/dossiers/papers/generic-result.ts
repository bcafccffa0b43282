import type { Eform } from '../../../../contracts/catalog';
import { formFacts } from '../../../../contracts/eform-read';
import { applicantLines, type PaperContext, startPaper } from './common';
import { heading, type ResultInput, signer } from './result-layout';

/**
 * The result of a procedure without a template of its own: what was decided, for whom, and the facts
 * of the form by section, labelled as the form labels them (hidden and blank answers left out).
 */
export async function renderGenericResult(
  ctx: PaperContext,
  input: ResultInput & { eform: Eform; unitName?: ((code: string) => string | undefined) | undefined },
) {
  const doc = await startPaper(ctx, 'Kết quả giải quyết thủ tục hành chính', { number: input.number });
  doc.text(`Thủ tục: ${ctx.dossier.procedureName}`, { bold: true });
  doc.text('Người yêu cầu:', { bold: true });
  applicantLines(doc, ctx.dossier.applicant);
  doc.spacer(2);
  doc.text(`${ctx.agency.name} đã giải quyết yêu cầu của Ông/Bà theo nội dung tờ khai:`, { spaceAfter: 2 });
  for (const section of formFacts(input.eform, input.form, 'vi', input.unitName)) {
    heading(doc, section.title);
    doc.table(
      section.rows.map((r) => (r.item ? [r.label, ''] : [r.label, r.value])),
      [5, 8],
      { size: 11 },
    );
  }
  const signatureBox = signer(doc, ctx);
  return { pdf: await doc.save(), signatureBox };
}
