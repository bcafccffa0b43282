import { NATIONAL_STATUS } from '../../../../contracts/dossier-workflow';
import { stateOf } from '../lib/status';
import type { DossierDocumentKind } from '../tables';

const DOCUMENT_NAMES: Record<DossierDocumentKind, { vi: string; en: string }> = {
  receipt: { vi: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', en: 'Receipt and appointment' },
  supplement_request: { vi: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ', en: 'Supplement request' },
  refusal: { vi: 'Phiếu từ chối tiếp nhận, giải quyết hồ sơ', en: 'Refusal' },
  apology: { vi: 'Văn bản xin lỗi và đề nghị gia hạn', en: 'Apology and extension letter' },
  stop_notice: { vi: 'Thông báo dừng giải quyết hồ sơ', en: 'Notice of stopped processing' },
  control_slip: { vi: 'Phiếu kiểm soát quá trình giải quyết hồ sơ', en: 'Processing control slip' },
  result: { vi: 'Kết quả giải quyết thủ tục hành chính', en: 'Result' },
  result_draft: { vi: 'Dự thảo kết quả giải quyết', en: 'Draft result' },
};

/** A result is named by its own paper (its title is Vietnamese in both languages: it is the paper's name). */
export const documentName = (kind: string, title?: string | null) =>
  title ? { vi: title, en: title } : (DOCUMENT_NAMES[kind as DossierDocumentKind] ?? { vi: kind, en: kind });

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

type SummaryRow = {
  id: string;
  code: string;
  procedure_code: string;
  state: string;
  submitted_at: Date | string;
  due_at: Date | string | null;
  ended_at: Date | string | null;
  verdict: 'early' | 'on_time' | 'late' | null;
};

export function presentSummary(d: SummaryRow, procedureName: string | null) {
  const s = stateOf(d.state);
  return {
    id: d.id,
    code: d.code,
    procedureCode: d.procedure_code,
    procedureName,
    status: d.state as never,
    statusName: { vi: s.vi, en: s.en },
    nationalStatus: s.national,
    submittedAt: iso(d.submitted_at)!,
    appointment: iso(d.due_at),
    endedAt: iso(d.ended_at),
    verdict: d.verdict,
  };
}

export const nationalName = (code: number) => NATIONAL_STATUS[code];
