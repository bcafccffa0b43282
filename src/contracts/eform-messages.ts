import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Eform, EformError, EformUi } from './catalog';
import { formFields, groupOf, itemIndex, pruneHidden, templatePath } from './eform-paths';

/**
 * The wording of e-form validation errors, and the wrapper that turns any Ajv validate function into
 * `{ valid, errors: [{ path, vi, en }] }`. It imports no validator, so the browser can use it with the
 * precompiled (standalone) validator the server serves per version, and the server with the function Ajv
 * compiles: one wrapper, one wording, the same messages in both places.
 */

/** What Ajv compiles, or what a standalone module exports: a function that sets `errors`. */
export type AjvValidate = ((data: unknown) => boolean | Promise<unknown>) & {
  errors?: ErrorObject[] | null;
};

export type CompiledEform = { validate(data: unknown): { valid: boolean; errors: EformError[] } };

/** Hidden fields pruned first (what the citizen sees is what is validated), then errors worded. */
export function wrapValidator(fn: AjvValidate, eform: Eform): CompiledEform {
  const fields = formFields(eform.schema); // a validator lives as long as its (published) e-form
  return {
    validate(data) {
      const pruned = pruneHidden(eform.ui, eform.schema, data, fields);
      if (fn(pruned) === true) return { valid: true, errors: [] };
      return { valid: false, errors: toMessages(fn.errors ?? [], eform) };
    },
  };
}

function labelOf(ui: EformUi, dataPath: string): { vi: string; en: string } {
  const path = templatePath(dataPath);
  // An object has no label of its own: it is named by the section that holds its fields.
  const section = ui.sections.find((s) => s.fields.some((f) => f.startsWith(`${path}.`)));
  const label = ui.fields[path]?.label ?? section?.title ?? { vi: path || 'Biểu mẫu', en: path || 'Form' };
  const i = itemIndex(dataPath);
  const group = groupOf(path);
  if (i === null || group === null) return label;
  const item = ui.fields[group]?.group?.itemLabel ?? { vi: 'Mục', en: 'Item' };
  return { vi: `${item.vi} ${i + 1}: ${label.vi}`, en: `${item.en} ${i + 1}: ${label.en}` };
}

const FORMAT_TEXT: Record<string, [string, string]> = {
  date: ['phải là một ngày có thật, dạng YYYY-MM-DD', 'must be a real date (YYYY-MM-DD)'],
  'date-time': ['phải là ngày giờ hợp lệ', 'must be a valid date and time'],
  time: ['phải là giờ hợp lệ (HH:MM)', 'must be a valid time (HH:MM)'],
  email: ['phải là địa chỉ e-mail hợp lệ', 'must be a valid e-mail address'],
};

/** The schema node of a field (template path), to word messages by what the field is. */
function nodeAt(schema: Record<string, unknown>, path: string): Record<string, unknown> | undefined {
  let node: Record<string, unknown> | undefined = schema;
  for (const s of path.split('.')) {
    const key = s.replace('[]', '');
    node = (node?.properties as Record<string, Record<string, unknown>> | undefined)?.[key];
    if (s.endsWith('[]')) node = node?.items as Record<string, unknown> | undefined;
  }
  return node;
}

function message(e: ErrorObject, eform: Eform, path: string): [string, string] | null {
  const { ui } = eform;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return nodeAt(eform.schema, templatePath(path))?.const === true
        ? ['cần được đánh dấu xác nhận', 'must be ticked']
        : ['là thông tin bắt buộc', 'is required'];
    case 'type':
      return ['không đúng kiểu dữ liệu', 'has the wrong type of value'];
    case 'format':
      return FORMAT_TEXT[String(p.format)] ?? ['không đúng định dạng', 'is not in the expected format'];
    case 'pattern': {
      const custom = ui.fields[templatePath(path)]?.patternMessage;
      return custom ? [custom.vi, custom.en] : ['không đúng định dạng', 'is not in the expected format'];
    }
    case 'minLength':
      return p.limit === 1
        ? ['không được để trống', 'must not be empty']
        : [`phải có ít nhất ${p.limit} ký tự`, `must have at least ${p.limit} characters`];
    case 'maxLength':
      return [`chỉ được tối đa ${p.limit} ký tự`, `must have at most ${p.limit} characters`];
    case 'minimum':
    case 'exclusiveMinimum':
      return [`phải ${p.comparison} ${p.limit}`, `must be ${p.comparison} ${p.limit}`];
    case 'maximum':
    case 'exclusiveMaximum':
      return [`phải ${p.comparison} ${p.limit}`, `must be ${p.comparison} ${p.limit}`];
    case 'minItems':
      return [`cần ít nhất ${p.limit} mục`, `needs at least ${p.limit} items`];
    case 'maxItems':
      return [`chỉ được tối đa ${p.limit} mục`, `may have at most ${p.limit} items`];
    case 'const':
      return p.allowedValue === true
        ? ['cần được đánh dấu xác nhận', 'must be ticked']
        : ['không đúng giá trị cho phép', 'does not have the allowed value'];
    case 'enum':
      return ['phải là một trong các lựa chọn cho phép', 'must be one of the allowed choices'];
    case 'uniqueItems':
      return ['có các mục trùng nhau', 'has duplicate items'];
    case 'if':
    case 'allOf':
      return null; // the failing branch reports its own error
    default:
      return ['không hợp lệ', 'is not valid'];
  }
}

/** Ajv errors → one bilingual message per field, worded with the field's labels. */
export function toMessages(errors: ErrorObject[], eform: Eform): EformError[] {
  const { ui } = eform;
  const out = new Map<string, EformError>();
  for (const e of errors) {
    const base = e.instancePath.slice(1).replaceAll('/', '.');
    if (e.keyword === 'additionalProperties') {
      const extra = String((e.params as { additionalProperty: string }).additionalProperty);
      const path = base ? `${base}.${extra}` : extra;
      out.set(path, {
        path,
        vi: `Trường «${extra}» không có trong biểu mẫu.`,
        en: `“${extra}” is not a field of this form.`,
      });
      continue;
    }
    const missing =
      e.keyword === 'required' ? (e.params as { missingProperty: string }).missingProperty : null;
    const path = missing ? (base ? `${base}.${missing}` : missing) : base;
    const text = message(e, eform, path);
    if (!text || out.has(path)) continue;
    const label = labelOf(ui, path);
    out.set(path, { path, vi: `«${label.vi}» ${text[0]}.`, en: `“${label.en}” ${text[1]}.` });
  }
  return [...out.values()].slice(0, 200);
}
