import type { CatalogDocument } from '../../../../contracts/catalog';

/**
 * The catalogue as a workbook for bulk editing: one sheet per list, one row per item, every row keyed
 * by procedure code and version number. Headers read "Label [key]": import finds columns by the key,
 * so columns may be reordered. E-forms are JSON, split over rows of at most 30,000 characters (Excel
 * keeps 32,767 per cell).
 */
export type ColType = 'text' | 'int' | 'number' | 'date' | 'bool' | 'list' | 'tiers';
export type Col = { key: string; label: string; type: ColType };
export type Row = Record<string, unknown>;

const col = (key: string, label: string, type: ColType = 'text'): Col => ({ key, label, type });
const CODE = col('code', 'Mã thủ tục');
const VERSION = col('version', 'Phiên bản', 'int');
export const CHUNK = 30_000;

export const SHEETS = {
  fields: { name: 'Lĩnh vực', columns: [col('code', 'Mã lĩnh vực'), col('name', 'Tên lĩnh vực')] },
  procedures: {
    name: 'Thủ tục',
    columns: [
      CODE,
      col('name', 'Tên thủ tục'),
      col('nameEn', 'Tên tiếng Anh'),
      col('fieldCode', 'Mã lĩnh vực'),
      col('levels', 'Cấp thực hiện', 'list'),
      col('onlineServiceLevel', 'Mức độ DVCTT (full/partial)'),
    ],
  },
  versions: {
    name: 'Phiên bản',
    columns: [
      CODE,
      VERSION,
      col('effectiveFrom', 'Ngày có hiệu lực', 'date'),
      col('effectiveTo', 'Ngày hết hiệu lực (không tính)', 'date'),
      col('decisionNumber', 'Số quyết định công bố'),
      col('decisionDate', 'Ngày quyết định', 'date'),
      col('applicants', 'Đối tượng thực hiện', 'list'),
      col('implementingAgency', 'Cơ quan thực hiện'),
      col('processingTimeValue', 'Thời hạn giải quyết', 'int'),
      col('processingTimeUnit', 'Đơn vị thời hạn'),
      col('afternoonCutoff', 'Nhận sau giờ này tính ngày làm việc tiếp theo'),
      col('timeNote', 'Ghi chú thời hạn'),
      col('conditions', 'Yêu cầu, điều kiện'),
      col('workflowTemplate', 'Quy trình'),
    ],
  },
  channels: {
    name: 'Cách thức nộp',
    columns: [
      CODE,
      VERSION,
      col('channel', 'Cách thức'),
      col('processingTimeValue', 'Thời hạn', 'int'),
      col('processingTimeUnit', 'Đơn vị'),
    ],
  },
  fees: {
    name: 'Phí lệ phí',
    columns: [
      CODE,
      VERSION,
      col('kind', 'Loại (charge = lệ phí, fee = phí)'),
      col('name', 'Tên'),
      col('amount', 'Mức thu', 'number'),
      col('currency', 'Tiền tệ'),
      col('basis', 'Tính theo'),
      col('tiers', 'Bậc (từ đơn vị:mức; …)', 'tiers'),
      col('maxAmount', 'Tối đa', 'number'),
      col('channels', 'Áp dụng cho cách thức', 'list'),
      col('exemptions', 'Miễn, giảm'),
      col('setByProvincialCouncil', 'Do HĐND tỉnh quyết định', 'bool'),
      col('note', 'Ghi chú'),
    ],
  },
  documents: {
    name: 'Thành phần hồ sơ',
    columns: [
      CODE,
      VERSION,
      col('name', 'Tên giấy tờ'),
      col('group', 'Nhóm'),
      col('submission', 'Nộp / xuất trình (submit/present)'),
      col('form', 'Loại bản'),
      col('quantity', 'Số lượng', 'int'),
      col('requirement', 'Bắt buộc / có điều kiện'),
      col('condition', 'Điều kiện'),
      col('templateFile', 'Mẫu đơn, tờ khai'),
    ],
  },
  results: {
    name: 'Kết quả',
    columns: [CODE, VERSION, col('name', 'Tên kết quả'), col('resultCode', 'Mã kết quả')],
  },
  legalBasis: {
    name: 'Căn cứ pháp lý',
    columns: [CODE, VERSION, col('number', 'Số hiệu văn bản'), col('title', 'Trích yếu')],
  },
  steps: { name: 'Trình tự', columns: [CODE, VERSION, col('text', 'Bước thực hiện')] },
  eforms: {
    name: 'Biểu mẫu điện tử',
    columns: [
      CODE,
      VERSION,
      col('part', 'Phần (schema/ui)'),
      col('chunk', 'Đoạn', 'int'),
      col('json', 'JSON'),
    ],
  },
} as const satisfies Record<string, { name: string; columns: Col[] }>;
export type SheetId = keyof typeof SHEETS;
export const SHEET_IDS = Object.keys(SHEETS) as SheetId[];

/** The document as rows per sheet (the export). */
export function documentToRows(doc: CatalogDocument): Record<SheetId, Row[]> {
  const out = Object.fromEntries(SHEET_IDS.map((id) => [id, [] as Row[]])) as Record<SheetId, Row[]>;
  out.fields = doc.fields.map((f) => ({ ...f }));
  for (const p of doc.procedures) {
    out.procedures.push({
      code: p.code,
      name: p.name,
      nameEn: p.nameEn,
      fieldCode: p.fieldCode,
      levels: p.levels,
      onlineServiceLevel: p.onlineServiceLevel,
    });
    for (const v of p.versions) {
      const key = { code: p.code, version: v.version };
      out.versions.push({
        ...key,
        effectiveFrom: v.effectiveFrom,
        effectiveTo: v.effectiveTo,
        decisionNumber: v.decision.number,
        decisionDate: v.decision.date,
        applicants: v.applicants,
        implementingAgency: v.implementingAgency,
        processingTimeValue: v.processingTime.value,
        processingTimeUnit: v.processingTime.unit,
        afternoonCutoff: v.afternoonCutoff,
        timeNote: v.timeNote,
        conditions: v.conditions,
        workflowTemplate: v.workflowTemplate,
      });
      for (const c of v.channels)
        out.channels.push({
          ...key,
          channel: c.channel,
          processingTimeValue: c.processingTime?.value ?? null,
          processingTimeUnit: c.processingTime?.unit ?? null,
        });
      for (const f of v.fees) out.fees.push({ ...key, ...f });
      for (const d of v.documents) out.documents.push({ ...key, ...d });
      for (const r of v.results) out.results.push({ ...key, name: r.name, resultCode: r.code });
      for (const l of v.legalBasis) out.legalBasis.push({ ...key, ...l });
      for (const s of v.steps) out.steps.push({ ...key, text: s });
      for (const part of ['schema', 'ui'] as const) {
        const json = JSON.stringify(v.eform[part]);
        for (let i = 0; i * CHUNK < json.length; i++)
          out.eforms.push({ ...key, part, chunk: i + 1, json: json.slice(i * CHUNK, (i + 1) * CHUNK) });
      }
    }
  }
  return out;
}
