import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Eform, EformError, EformUi } from './catalog';
import { FORMATS, MAX_SCHEMA_CHARS, problem, subsetProblems, uiProblems } from './eform-definition';
import { groupOf, itemIndex, pruneHidden, templatePath } from './eform-paths';

/**
 * The e-form validation core, the same in the server and in the browser (no Node-only imports): a
 * procedure's e-form is a JSON Schema (draft 2020-12 subset) plus UI hints; data is validated with Ajv
 * after hidden fields are pruned, and each error becomes `{ path, vi, en }` worded with the field's
 * own labels.
 *
 * Supported schema keywords (anything else is refused when a form is saved, so every form can be
 * rendered): type, properties, required, additionalProperties, items, minItems, maxItems, uniqueItems,
 * enum, const, format (date, date-time, time, email), pattern, minLength, maxLength, minimum, maximum,
 * exclusiveMinimum, exclusiveMaximum, if / then / else, allOf, title, description, default, $comment,
 * $schema. Conditional requirements are written as if/then; the UI's `visibleIf` shows the field.
 */

export class EformDefinitionError extends Error {
  constructor(readonly errors: EformError[]) {
    super(errors.map((e) => e.en).join('; '));
  }
}

function createAjv() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
  addFormats(ajv, [...FORMATS]);
  return ajv;
}
let shared: ReturnType<typeof createAjv> | undefined;
/** One Ajv instance, created on first use; compiled schemas are removed from it after compiling. */
function ajvInstance() {
  shared ??= createAjv();
  return shared;
}

/** Every problem of an e-form definition; empty when it can be saved and rendered. */
export function checkEformDefinition(eform: Eform): EformError[] {
  if (JSON.stringify(eform.schema).length > MAX_SCHEMA_CHARS)
    return [problem('schema', 'Lược đồ quá lớn.', 'The schema is too large.')];
  const out: EformError[] = [];
  subsetProblems(eform.schema, 'schema', out);
  if (out.length) return out;
  try {
    const ajv = ajvInstance();
    ajv.compile(eform.schema);
    ajv.removeSchema(eform.schema);
  } catch (e) {
    return [
      problem(
        'schema',
        `JSON Schema không hợp lệ: ${(e as Error).message}`,
        `Invalid JSON Schema: ${(e as Error).message}`,
      ),
    ];
  }
  return uiProblems(eform);
}

export type CompiledEform = { validate(data: unknown): { valid: boolean; errors: EformError[] } };

/** Compiles a form once; throws EformDefinitionError when the definition is not usable. */
export function compileEform(eform: Eform): CompiledEform {
  const problems = checkEformDefinition(eform);
  if (problems.length) throw new EformDefinitionError(problems);
  const ajv = ajvInstance();
  const fn: ValidateFunction = ajv.compile(eform.schema);
  ajv.removeSchema(eform.schema); // the compiled function keeps working; the instance keeps no copy
  return {
    validate(data) {
      const pruned = pruneHidden(eform.ui, eform.schema, data);
      if (fn(pruned)) return { valid: true, errors: [] };
      return { valid: false, errors: toMessages(fn.errors ?? [], eform) };
    },
  };
}

const compiled = new WeakMap<Eform, CompiledEform>();

/** Validates data against a form, compiling it on first use (cached per form object). */
export function validateEformData(eform: Eform, data: unknown) {
  let c = compiled.get(eform);
  if (!c) {
    c = compileEform(eform);
    compiled.set(eform, c);
  }
  return c.validate(data);
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
