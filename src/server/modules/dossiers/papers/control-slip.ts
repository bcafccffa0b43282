import { type Verdict, verdictInfo } from '../lib/timeliness';
import { formatVietnameseInstant, type PaperContext, startPaper } from './common';

export type HandOver = {
  from: string;
  to: string;
  at: Date;
  /** The step the hand-over closes, and its deadline by the internal process. */
  step: string | null;
  stepDueAt: Date | null;
  verdict: Verdict | null;
  note: string;
};

/**
 * Mẫu 06: Phiếu kiểm soát quá trình giải quyết hồ sơ — every hand-over with the deadline of the step
 * it closes and its verdict against that deadline.
 */
export async function renderControlSlip(ctx: PaperContext, handOvers: HandOver[]): Promise<Uint8Array> {
  const doc = await startPaper(ctx, 'Phiếu kiểm soát quá trình giải quyết hồ sơ');
  doc.text(
    `Kèm theo hồ sơ của: ${ctx.dossier.applicant.fullName}    Số điện thoại: ${ctx.dossier.applicant.phone ?? '…'}`,
  );
  doc.text(`Cơ quan giải quyết hồ sơ: ${ctx.agency.name}`);
  doc.text(`Thời hạn trả kết quả: ${ctx.dossier.dueAt ? formatVietnameseInstant(ctx.dossier.dueAt) : '…'}`, {
    spaceAfter: 2,
  });
  doc.table(
    [
      ['Tên cơ quan, bộ phận', 'Thời gian giao, nhận hồ sơ', 'Kết quả giải quyết', 'Ghi chú'],
      ...handOvers.map((h, i) => [
        `${i + 1}. Giao: ${h.from}\n    Nhận: ${h.to}${h.step ? `\n    Bước: ${h.step}` : ''}`,
        `${formatVietnameseInstant(h.at)}${h.stepDueAt ? `\nHạn của bước: ${formatVietnameseInstant(h.stepDueAt)}` : ''}`,
        h.verdict ? verdictInfo[h.verdict].vi : 'Đang xử lý',
        h.note,
      ]),
    ],
    [5, 4, 2, 3],
    { header: true, size: 10 },
  );
  return doc.save();
}
