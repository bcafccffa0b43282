import {
  applicantLines,
  formatVietnameseInstant,
  type PaperContext,
  signatures,
  startPaper,
  trackingFooter,
} from './common';

/** Mẫu 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
export async function renderSupplementRequest(ctx: PaperContext, input: { reason: string; items: string[] }) {
  const doc = await startPaper(ctx, 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ', {
    number: `${ctx.dossier.code}/HDHS`,
  });
  doc.text('Tiếp nhận hồ sơ/yêu cầu của:', { bold: true });
  applicantLines(doc, ctx.dossier.applicant);
  doc.text(`Nội dung yêu cầu giải quyết: ${ctx.dossier.procedureName}`, { spaceAfter: 2 });
  doc.text('Yêu cầu Ông/Bà hoàn thiện hồ sơ gồm những nội dung như sau:', { bold: true });
  doc.table(
    [['TT', 'Thành phần hồ sơ cần bổ sung'], ...input.items.map((item, i) => [String(i + 1), item])],
    [1, 12],
    { header: true, size: 11 },
  );
  doc.text(`Lý do: ${input.reason}`);
  doc.text(
    'Thời gian chờ Ông/Bà bổ sung hồ sơ không tính vào thời hạn giải quyết. Hồ sơ chỉ được yêu cầu bổ sung một lần.',
    { size: 11, italic: true },
  );
  signatures(doc, null, { title: 'Người hướng dẫn', name: ctx.officer.name });
  trackingFooter(doc, ctx.trackingUrl);
  return doc.save();
}

/** Mẫu 03: Phiếu từ chối tiếp nhận, giải quyết hồ sơ. */
export async function renderRefusal(ctx: PaperContext, input: { reason: string }) {
  const doc = await startPaper(ctx, 'Phiếu từ chối tiếp nhận, giải quyết hồ sơ');
  doc.text(`Bộ phận tiếp nhận và trả kết quả ${ctx.agency.name} từ chối tiếp nhận, giải quyết hồ sơ của:`);
  applicantLines(doc, ctx.dossier.applicant);
  doc.text(`Nội dung yêu cầu giải quyết: ${ctx.dossier.procedureName}`);
  doc.text(`Lý do từ chối: ${input.reason}`, { bold: true });
  doc.text('Xin thông báo để Ông/Bà được biết và thực hiện.', { italic: true });
  signatures(doc, null, { title: 'Người tiếp nhận hồ sơ', name: ctx.officer.name });
  trackingFooter(doc, ctx.trackingUrl);
  return doc.save();
}

/** Mẫu 04 (TT 03/2025): Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết. */
export async function renderApology(
  ctx: PaperContext,
  input: { reason: string; previousDueAt: Date; newDueAt: Date },
) {
  const doc = await startPaper(ctx, 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết');
  doc.text(`Kính gửi: Ông/Bà ${ctx.dossier.applicant.fullName}`, { bold: true, spaceAfter: 2 });
  doc.text(
    `Ngày ${formatVietnameseInstant(ctx.dossier.receivedAt ?? ctx.dossier.submittedAt)}, ${ctx.agency.name} tiếp nhận hồ sơ đề nghị ${ctx.dossier.procedureName}, mã hồ sơ ${ctx.dossier.code}. Thời hạn trả kết quả: ${formatVietnameseInstant(input.previousDueAt)}.`,
    { indent: 10, align: 'justify' },
  );
  doc.text(`Tuy nhiên, hồ sơ chưa thể trả kết quả đúng hạn. Lý do: ${input.reason}`, {
    indent: 10,
    align: 'justify',
  });
  doc.text(
    `${ctx.agency.name} trân trọng xin lỗi Ông/Bà vì sự chậm trễ này và đề nghị gia hạn thời gian giải quyết; kết quả sẽ được trả vào ${formatVietnameseInstant(input.newDueAt)}.`,
    { indent: 10, align: 'justify' },
  );
  signatures(doc, null, { title: ctx.officer.title, name: ctx.officer.name });
  trackingFooter(doc, ctx.trackingUrl);
  return doc.save();
}

/** Mẫu 05 (TT 03/2025): Thông báo dừng giải quyết hồ sơ. */
export async function renderStopNotice(ctx: PaperContext, input: { reason: string }) {
  const doc = await startPaper(ctx, 'Thông báo dừng giải quyết hồ sơ');
  doc.text(`Kính gửi: Ông/Bà ${ctx.dossier.applicant.fullName}`, { bold: true, spaceAfter: 2 });
  doc.text(
    `${ctx.agency.name} thông báo dừng giải quyết hồ sơ đề nghị ${ctx.dossier.procedureName}, mã hồ sơ ${ctx.dossier.code}, tiếp nhận ${formatVietnameseInstant(ctx.dossier.receivedAt ?? ctx.dossier.submittedAt)}.`,
    { indent: 10, align: 'justify' },
  );
  doc.text(`Lý do: ${input.reason}`, { indent: 10, bold: true });
  signatures(doc, null, { title: ctx.officer.title, name: ctx.officer.name });
  trackingFooter(doc, ctx.trackingUrl);
  return doc.save();
}
