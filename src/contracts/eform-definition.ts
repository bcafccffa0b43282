import type { Eform, EformError } from './catalog';
import { formFields, groupOf } from './eform-paths';

/**
 * Checks of an e-form definition that need no validator: the schema keeps to the supported subset (so
 * every form can be rendered) and the UI hints place, label and condition every field consistently.
 */

export const KEYWORDS = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'enum',
  'const',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'if',
  'then',
  'else',
  'allOf',
  'title',
  'description',
  'default',
  '$comment',
  '$schema',
]);
export const FORMATS = ['date', 'date-time', 'time', 'email'] as const;
export const MAX_SCHEMA_CHARS = 200_000;
const MAX_PATTERN_CHARS = 300;

export const problem = (path: string, vi: string, en: string): EformError => ({ path, vi, en });

/** Keywords outside the subset, over-long patterns, `$ref`: refused before Ajv sees the schema. */
export function subsetProblems(node: unknown, path: string, out: EformError[], depth = 0) {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
  if (depth > 12) {
    out.push(problem(path, 'Lược đồ lồng quá sâu.', 'The schema is nested too deeply.'));
    return;
  }
  keywordValueProblems(node as Record<string, unknown>, path, out);
  for (const [key, value] of Object.entries(node)) {
    const at = `${path}.${key}`;
    if (!KEYWORDS.has(key)) {
      out.push(problem(at, `Từ khóa «${key}» không được hỗ trợ.`, `Keyword “${key}” is not supported.`));
      continue;
    }
    if (key === 'pattern' && typeof value === 'string' && value.length > MAX_PATTERN_CHARS)
      out.push(problem(at, 'Biểu thức pattern quá dài.', 'The pattern is too long.'));
    if (key === 'properties' && typeof value === 'object' && value !== null)
      for (const [p, child] of Object.entries(value)) subsetProblems(child, `${at}.${p}`, out, depth + 1);
    else if (key === 'allOf' && Array.isArray(value))
      for (const [i, child] of value.entries()) subsetProblems(child, `${at}.${i}`, out, depth + 1);
    else if (['items', 'if', 'then', 'else', 'additionalProperties'].includes(key))
      subsetProblems(value, at, out, depth + 1);
  }
}

const TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'];
const COUNTS = ['minLength', 'maxLength', 'minItems', 'maxItems'] as const;
const BOUNDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'] as const;
const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;

/**
 * The values of the keywords, checked before Ajv so that a mistake is named in both languages at its
 * own path (Ajv would throw one English sentence for the whole schema).
 */
function keywordValueProblems(node: Record<string, unknown>, path: string, out: EformError[]) {
  const types = Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type];
  if (types.some((t) => !TYPES.includes(t as string)))
    out.push(
      problem(
        `${path}.type`,
        `Kiểu «${String(node.type)}» không tồn tại (dùng: ${TYPES.join(', ')}).`,
        `There is no type “${String(node.type)}” (use: ${TYPES.join(', ')}).`,
      ),
    );
  for (const k of COUNTS)
    if (k in node && !isCount(node[k]))
      out.push(
        problem(`${path}.${k}`, `${k} phải là số nguyên không âm.`, `${k} must be a non-negative integer.`),
      );
  for (const k of BOUNDS)
    if (k in node && (typeof node[k] !== 'number' || !Number.isFinite(node[k])))
      out.push(problem(`${path}.${k}`, `${k} phải là một số.`, `${k} must be a number.`));
  const pairs = [
    ['minLength', 'maxLength'],
    ['minItems', 'maxItems'],
    ['minimum', 'maximum'],
  ] as const;
  for (const [lo, hi] of pairs)
    if (
      typeof node[lo] === 'number' &&
      typeof node[hi] === 'number' &&
      (lo === 'minimum' || (isCount(node[lo]) && isCount(node[hi]))) &&
      node[lo] > node[hi]
    )
      out.push(
        problem(
          `${path}.${lo}`,
          `${lo} (${node[lo]}) lớn hơn ${hi} (${node[hi]}): không giá trị nào hợp lệ.`,
          `${lo} (${node[lo]}) is greater than ${hi} (${node[hi]}): no value could be valid.`,
        ),
      );
  if ('pattern' in node) {
    let ok = typeof node.pattern === 'string';
    try {
      if (ok) new RegExp(node.pattern as string, 'u');
    } catch {
      ok = false;
    }
    if (!ok)
      out.push(
        problem(
          `${path}.pattern`,
          'Biểu thức chính quy (pattern) không hợp lệ.',
          'The pattern is not a valid regular expression.',
        ),
      );
  }
  if ('format' in node && !(FORMATS as readonly unknown[]).includes(node.format))
    out.push(
      problem(
        `${path}.format`,
        `Định dạng «${String(node.format)}» không được hỗ trợ (dùng: ${FORMATS.join(', ')}).`,
        `Format “${String(node.format)}” is not supported (use: ${FORMATS.join(', ')}).`,
      ),
    );
  if ('enum' in node && (!Array.isArray(node.enum) || node.enum.length === 0))
    out.push(
      problem(
        `${path}.enum`,
        'Danh sách lựa chọn (enum) không được rỗng.',
        'The enum must list at least one value.',
      ),
    );
  if ('required' in node) {
    const props =
      typeof node.properties === 'object' && node.properties !== null ? Object.keys(node.properties) : null;
    if (!Array.isArray(node.required) || node.required.some((r) => typeof r !== 'string'))
      out.push(
        problem(
          `${path}.required`,
          'required phải là danh sách tên trường.',
          'required must list field names.',
        ),
      );
    else if (props)
      for (const r of node.required as string[])
        if (!props.includes(r))
          out.push(
            problem(
              `${path}.required`,
              `Trường bắt buộc «${r}» không có trong properties.`,
              `Required field “${r}” is not among the properties.`,
            ),
          );
  }
  for (const k of ['properties', 'items'] as const)
    if (k in node && (typeof node[k] !== 'object' || node[k] === null || Array.isArray(node[k])))
      out.push(problem(`${path}.${k}`, `${k} phải là một đối tượng.`, `${k} must be an object.`));
}

/** The form's own consistency: every field placed once, labelled, and its conditions resolvable. */
export function uiProblems(eform: Eform): EformError[] {
  const { schema, ui } = eform;
  const out: EformError[] = [];
  const fields = formFields(schema);
  const byPath = new Map(fields.map((f) => [f.path, f]));
  const placed = new Map<string, number>();
  const place = (p: string, where: string) => {
    placed.set(p, (placed.get(p) ?? 0) + 1);
    if (!byPath.has(p))
      out.push(problem(where, `Trường «${p}» không có trong lược đồ.`, `Field “${p}” is not in the schema.`));
  };
  ui.sections.forEach((s, i) => {
    for (const p of s.fields) {
      place(p, `ui.sections.${i}.fields`);
      if (byPath.get(p)?.kind === 'leaf' && groupOf(p) !== null)
        out.push(
          problem(
            `ui.sections.${i}`,
            `«${p}» thuộc một nhóm lặp, hãy đặt nó trong nhóm.`,
            `“${p}” belongs to a repeating group; place it in the group.`,
          ),
        );
    }
    if (s.visibleIf && byPath.get(s.visibleIf.field)?.kind !== 'leaf')
      out.push(
        problem(`ui.sections.${i}.visibleIf`, 'Điều kiện hiển thị không hợp lệ.', 'Invalid visibility rule.'),
      );
  });
  for (const f of fields) {
    const hints = ui.fields[f.path];
    if (f.kind === 'group') {
      for (const p of hints?.group?.fields ?? []) {
        place(p, `ui.fields.${f.path}.group`);
        if (groupOf(p) !== f.path)
          out.push(
            problem(`ui.fields.${f.path}.group`, `«${p}» không thuộc nhóm.`, `“${p}” is not in this group.`),
          );
      }
      if (!hints?.group)
        out.push(
          problem(
            `ui.fields.${f.path}`,
            'Nhóm lặp cần khai báo group.',
            'A repeating group needs its group hints.',
          ),
        );
    }
    if ((placed.get(f.path) ?? 0) !== 1)
      out.push(
        problem(
          `ui.fields.${f.path}`,
          `Trường «${f.path}» phải có đúng một vị trí trên biểu mẫu.`,
          `Field “${f.path}” must appear exactly once on the form.`,
        ),
      );
    if (!hints) {
      out.push(
        problem(`ui.fields.${f.path}`, `Trường «${f.path}» thiếu nhãn.`, `Field “${f.path}” has no label.`),
      );
      continue;
    }
    const values = Array.isArray(f.schema.enum) ? f.schema.enum : null;
    if (values && !values.every((v) => hints.options?.some((o) => o.value === v)))
      out.push(
        problem(
          `ui.fields.${f.path}.options`,
          'Mỗi giá trị của danh sách cần một nhãn.',
          'Every enum value needs a label.',
        ),
      );
    if (hints.visibleIf) {
      const target = byPath.get(hints.visibleIf.field);
      if (target?.kind !== 'leaf' || groupOf(hints.visibleIf.field) !== groupOf(f.path))
        out.push(
          problem(
            `ui.fields.${f.path}.visibleIf`,
            'Điều kiện hiển thị phải dựa vào một trường cùng cấp.',
            'A visibility rule must refer to a field at the same level.',
          ),
        );
      if (isAlwaysRequired(schema, f.path))
        out.push(
          problem(
            `ui.fields.${f.path}.visibleIf`,
            `«${f.path}» có điều kiện hiển thị nên chỉ được bắt buộc qua if/then.`,
            `“${f.path}” is conditional, so make it required through if/then only.`,
          ),
        );
    }
  }
  for (const p of Object.keys(ui.fields))
    if (!byPath.has(p))
      out.push(
        problem(
          `ui.fields.${p}`,
          `Trường «${p}» không có trong lược đồ.`,
          `Field “${p}” is not in the schema.`,
        ),
      );
  return out;
}

function isAlwaysRequired(schema: Record<string, unknown>, path: string): boolean {
  const segments = path.replaceAll('[]', '').split('.');
  let node: Record<string, unknown> | undefined = schema;
  for (const [i, s] of segments.entries()) {
    if (!node) return false;
    if (node.type === 'array') node = node.items as Record<string, unknown>;
    if (i === segments.length - 1) return Array.isArray(node?.required) && node.required.includes(s);
    node = (node?.properties as Record<string, Record<string, unknown>> | undefined)?.[s];
  }
  return false;
}
