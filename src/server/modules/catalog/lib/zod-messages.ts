import type { z } from 'zod';
import { SHEETS } from './xlsx-sheets';

/**
 * A zod issue of an import file, worded in Vietnamese and English. The contract's own messages are
 * written "tiếng Việt / English" (a procedure code, a negative amount …) and are split; zod's built-in
 * English texts are replaced by our own wording, so a Vietnamese reader never sees English.
 */
export type Bilingual = { vi: string; en: string };

/** The sheet whose columns name the keys under each list of the document (one vocabulary). */
const SHEET_OF: Record<string, keyof typeof SHEETS> = {
  fields: 'fields',
  procedures: 'procedures',
  versions: 'versions',
  channels: 'channels',
  fees: 'fees',
  documents: 'documents',
  results: 'results',
  legalBasis: 'legalBasis',
};
const OTHER_LABELS: Record<string, string> = {
  fields: 'Lĩnh vực',
  procedures: 'Thủ tục',
  versions: 'Phiên bản',
  decision: 'Quyết định công bố',
  number: 'Số hiệu',
  date: 'Ngày',
  processingTime: 'Thời hạn giải quyết',
  value: 'Giá trị',
  unit: 'Đơn vị',
  channels: 'Cách thức nộp',
  fees: 'Phí, lệ phí',
  documents: 'Thành phần hồ sơ',
  results: 'Kết quả',
  legalBasis: 'Căn cứ pháp lý',
  steps: 'Trình tự',
  eform: 'Biểu mẫu điện tử',
  schema: 'Lược đồ',
  ui: 'Giao diện biểu mẫu',
  tiers: 'Bậc phí',
  fromUnit: 'Từ đơn vị',
  format: 'Định dạng tệp',
  formatVersion: 'Phiên bản định dạng',
};
const plainLabel = (label: string) => label.replace(/\s*\(.*\)$/, '');

/** The name of the innermost named key of a path (skipping list positions), in the words of its sheet. */
export function keyLabel(path: readonly PropertyKey[]): Bilingual | null {
  const at = path.findLastIndex((k) => typeof k === 'string');
  if (at < 0) return null;
  const key = path[at] as string;
  const list = path.slice(0, at).findLast((k) => typeof k === 'string' && k in SHEET_OF) as
    | string
    | undefined;
  const sheet = list && path[path.indexOf(list) + 2] === key ? SHEETS[SHEET_OF[list]!] : undefined;
  const column = (sheet?.columns as readonly { key: string; label: string }[] | undefined)?.find(
    (c) => c.key === key,
  );
  return { vi: column ? plainLabel(column.label) : (OTHER_LABELS[key] ?? key), en: key };
}

const ORIGIN: Record<string, [string, string]> = {
  string: ['chuỗi ký tự', 'text'],
  number: ['số', 'a number'],
  int: ['số nguyên', 'an integer'],
  boolean: ['có/không (true/false)', 'true or false'],
  array: ['danh sách', 'a list'],
  object: ['đối tượng', 'an object'],
  null: ['để trống (null)', 'null'],
};
const kind = (t: string) => ORIGIN[t] ?? [t, t];
const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** Whether the contract wrote its own bilingual message ("tiếng Việt / English"). */
function ownMessage(message: string): Bilingual | null {
  const parts = message.split(' / ');
  return parts.length === 2 && parts[0] && parts[1] ? { vi: parts[0], en: parts[1] } : null;
}

/**
 * The reason of one issue. `value` is what the file holds at the issue's path (undefined when absent),
 * which tells "missing" from "wrong type".
 */
export function zodIssueText(issue: z.core.$ZodIssue, value: unknown): Bilingual {
  const own = ownMessage(issue.message);
  if (own) return own;
  const i = issue as z.core.$ZodIssue & Record<string, unknown>;
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined)
        return { vi: 'là thông tin bắt buộc (đang thiếu)', en: 'is required (missing)' };
      const [vi, en] = kind(String(i.expected));
      return { vi: `sai kiểu dữ liệu: cần ${vi}`, en: `has the wrong type: expected ${en}` };
    }
    case 'too_small': {
      const min = Number(i.minimum);
      if (i.origin === 'string')
        return min <= 1
          ? { vi: 'không được để trống', en: 'must not be empty' }
          : { vi: `quá ngắn: cần ít nhất ${min} ký tự`, en: `is too short: at least ${min} characters` };
      if (i.origin === 'array')
        return { vi: `cần ít nhất ${min} mục`, en: `needs at least ${min} item${min === 1 ? '' : 's'}` };
      if (min === 0) return { vi: 'không được âm', en: 'cannot be negative' };
      return i.inclusive
        ? { vi: `phải từ ${min} trở lên`, en: `must be at least ${min}` }
        : { vi: `phải lớn hơn ${min}`, en: `must be greater than ${min}` };
    }
    case 'too_big': {
      const max = Number(i.maximum);
      if (i.origin === 'string')
        return { vi: `quá dài: tối đa ${max} ký tự`, en: `is too long: at most ${max} characters` };
      if (i.origin === 'array')
        return { vi: `quá nhiều: tối đa ${max} mục`, en: `has too many items: at most ${max}` };
      return { vi: `phải không quá ${max}`, en: `must be at most ${max}` };
    }
    case 'invalid_format':
      if (i.format === 'date')
        return { vi: 'phải là ngày có thật dạng YYYY-MM-DD', en: 'must be a real date as YYYY-MM-DD' };
      return { vi: 'không đúng định dạng', en: 'is not in the expected format' };
    case 'invalid_value': {
      const values = (i.values as unknown[]) ?? [];
      return values.length === 1
        ? { vi: `phải là ${list(values)}`, en: `must be ${list(values)}` }
        : { vi: `phải là một trong: ${list(values)}`, en: `must be one of: ${list(values)}` };
    }
    case 'unrecognized_keys':
      return {
        vi: `có trường không được hỗ trợ: ${(i.keys as string[]).join(', ')}`,
        en: `has unsupported keys: ${(i.keys as string[]).join(', ')}`,
      };
    case 'not_multiple_of':
      return { vi: 'phải là số nguyên', en: 'must be a whole number' };
    default:
      return { vi: 'không hợp lệ', en: 'is not valid' };
  }
}

/** "«Mức thu» không được âm." — the issue with the name of its key, as a sentence. */
export function zodIssueSentence(issue: z.core.$ZodIssue, value: unknown): Bilingual {
  const reason = zodIssueText(issue, value);
  const own = ownMessage(issue.message) !== null;
  const label = keyLabel(issue.path);
  if (own || !label) return { vi: `${cap(reason.vi)}.`, en: `${cap(reason.en)}.` };
  return { vi: `«${label.vi}» ${reason.vi}.`, en: `“${label.en}” ${reason.en}.` };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
