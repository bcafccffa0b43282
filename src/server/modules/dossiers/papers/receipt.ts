import {
  applicantLines,
  formatVietnameseInstant,
  type PaperContext,
  signatures,
  startPaper,
  trackingFooter,
} from './common';

/** Mẫu 01 (TT 01/2018/TT-VPCP, TT 03/2025/TT-VPCP): Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
export async function renderReceipt(ctx: PaperContext): Promise<Uint8Array> {
  const doc = await startPaper(ctx, 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả');
  doc.text(`Bộ phận tiếp nhận và trả kết quả: ${ctx.agency.name}`);
  doc.text('Tiếp nhận hồ sơ của:', { bold: true });
  applicantLines(doc, ctx.dossier.applicant);
  doc.text(`Nội dung yêu cầu giải quyết: ${ctx.dossier.procedureName}`, { spaceAfter: 2 });
  doc.text('1. Thành phần hồ sơ nộp gồm:', { bold: true });
  doc.table(
    [
      ['TT', 'Tên giấy tờ', 'Loại', 'Số lượng'],
      ...ctx.dossier.papers.map((p, i) => [String(i + 1), p.title, p.kind, String(p.quantity)]),
    ],
    [1, 9, 3, 2],
    { header: true, size: 11 },
  );
  doc.text('2. Số lượng hồ sơ: 01 (bộ)');
  doc.text(`3. Thời gian giải quyết hồ sơ theo quy định là: ${ctx.dossier.processingTime}`);
  doc.text(
    `4. Thời gian nhận hồ sơ: ${formatVietnameseInstant(ctx.dossier.receivedAt ?? ctx.dossier.submittedAt)}`,
  );
  doc.text(
    `5. Thời gian trả kết quả giải quyết hồ sơ: ${ctx.dossier.dueAt ? formatVietnameseInstant(ctx.dossier.dueAt) : '…'}`,
  );
  doc.text(
    `6. Đăng ký nhận kết quả tại: ${ctx.agency.name}${ctx.agency.address ? `, ${ctx.agency.address}` : ''}`,
  );
  doc.text(
    'Giấy tiếp nhận được lập thành 02 bản: một bản giao người nộp hồ sơ, một bản chuyển kèm Phiếu kiểm soát quá trình giải quyết hồ sơ. Người nộp có thể đăng ký nhận kết quả tại bộ phận một cửa hoặc qua dịch vụ bưu chính công ích.',
    { size: 11, italic: true },
  );
  signatures(
    doc,
    { title: 'Người nộp hồ sơ', name: ctx.dossier.applicant.fullName },
    { title: 'Người tiếp nhận hồ sơ', name: ctx.officer.name },
  );
  trackingFooter(doc, ctx.trackingUrl);
  return doc.save();
}
