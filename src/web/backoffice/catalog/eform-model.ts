import type { Eform, EformFieldUi, LocalizedText } from '../../../contracts/catalog';
import { formFields, groupOf, type SchemaNode } from '../../../contracts/eform-paths';
import {
  type Condition,
  dropConditionalRequired,
  dropConditionsOn,
  isConditionallyRequired,
  keyOf,
  nodeOf,
  objectAt,
  segmentsOf,
  setRequired,
  writeRequired,
} from './eform-schema-rules';

export { type Condition, nodeOf } from './eform-schema-rules';

/**
 * The e-form editor's operations on `{ schema, ui }`, pure and immutable: what a field is (its kind,
 * labels, limits, choices, condition, whether it is required), and adding, changing, moving and
 * removing fields, repeating groups and sections. The editor never shows JSON; it calls these.
 *
 * A field's path is its template path (`child.fullName`, `members[].fullName`). A field shown only
 * under a condition may not be in `required` (the renderer hides it, validation prunes it); it is made
 * required through an if/then entry of `allOf` at the closest object holding both fields, marked with
 * a `$comment` so the editor finds its own entries again.
 */

export const FIELD_KINDS = [
  'text',
  'textarea',
  'number',
  'integer',
  'date',
  'select',
  'radio',
  'checkbox',
  'confirm',
  'personal-id',
  'phone',
  'email',
  'admin-unit',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];
export type Option = { value: string | number | boolean | null; label: LocalizedText };

/** A leaf field as the editor sees it. Blank limits are null. */
export type FieldSpec = {
  path: string;
  kind: FieldKind;
  label: LocalizedText;
  help: LocalizedText | null;
  required: boolean;
  minLength: number | null;
  maxLength: number | null;
  minimum: number | null;
  maximum: number | null;
  pattern: string | null;
  patternMessage: LocalizedText | null;
  options: Option[];
  visibleIf: Condition | null;
};

export type GroupSpec = {
  path: string;
  label: LocalizedText;
  itemLabel: LocalizedText;
  addLabel: LocalizedText;
  minItems: number | null;
  maxItems: number | null;
  required: boolean;
  visibleIf: Condition | null;
};

export type SectionSpec = {
  id: string;
  title: LocalizedText;
  description: LocalizedText | null;
  visibleIf: Condition | null;
};

/** Where a field goes: a section (top level) or a repeating group. */
export type Place = { section: string } | { group: string };

const MANAGED = [
  'type',
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
];
export const KEY_PATTERN = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/;
export const SECTION_ID_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;

const isObject = (v: unknown): v is SchemaNode => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => structuredClone(v);

/* ---------- reading ---------- */

/** The kind of a leaf, from its widget or, failing that, its schema. */
export function kindOf(node: SchemaNode | undefined, hints: EformFieldUi | undefined): FieldKind {
  const w = hints?.widget;
  if (node?.type === 'boolean') return node.const === true ? 'confirm' : 'checkbox';
  if (w === 'radio' || w === 'select') return w;
  if (Array.isArray(node?.enum)) return 'select';
  if (
    w === 'personal-id' ||
    w === 'phone' ||
    w === 'email' ||
    w === 'textarea' ||
    w === 'date' ||
    w === 'admin-unit'
  )
    return w;
  if (node?.format === 'date') return 'date';
  if (node?.format === 'email') return 'email';
  if (node?.type === 'integer') return 'integer';
  if (node?.type === 'number') return 'number';
  return 'text';
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function readField(eform: Eform, path: string): FieldSpec {
  const node = nodeOf(eform.schema, path);
  const hints = eform.ui.fields[path];
  const segs = segmentsOf(path);
  const parent = objectAt(eform.schema, segs.slice(0, -1));
  const key = keyOf(segs.at(-1)!);
  const inRequired = Array.isArray(parent?.required) && (parent.required as string[]).includes(key);
  const kind = kindOf(node, hints);
  const values = Array.isArray(node?.enum) ? (node.enum as Option['value'][]) : [];
  return {
    path,
    kind,
    label: hints?.label ?? { vi: path, en: path },
    help: hints?.help ?? null,
    required: inRequired || isConditionallyRequired(eform.schema, path),
    minLength: num(node?.minLength),
    maxLength: num(node?.maxLength),
    minimum: num(node?.minimum),
    maximum: num(node?.maximum),
    pattern: typeof node?.pattern === 'string' ? node.pattern : null,
    patternMessage: hints?.patternMessage ?? null,
    options: values.map(
      (value) =>
        hints?.options?.find((o) => o.value === value) ?? {
          value,
          label: { vi: String(value), en: String(value) },
        },
    ),
    visibleIf: hints?.visibleIf ?? null,
  };
}

export function readGroup(eform: Eform, path: string): GroupSpec {
  const node = nodeOf(eform.schema, path);
  const hints = eform.ui.fields[path];
  const segs = segmentsOf(path);
  const parent = objectAt(eform.schema, segs.slice(0, -1));
  const key = keyOf(segs.at(-1)!);
  return {
    path,
    label: hints?.label ?? { vi: path, en: path },
    itemLabel: hints?.group?.itemLabel ?? { vi: 'Mục', en: 'Item' },
    addLabel: hints?.group?.addLabel ?? { vi: 'Thêm', en: 'Add' },
    minItems: num(node?.minItems),
    maxItems: num(node?.maxItems),
    required: Array.isArray(parent?.required) && (parent.required as string[]).includes(key),
    visibleIf: hints?.visibleIf ?? null,
  };
}

export function readSection(eform: Eform, id: string): SectionSpec {
  const s = eform.ui.sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id}`);
  return { id, title: s.title, description: s.description ?? null, visibleIf: s.visibleIf ?? null };
}

export const isGroup = (eform: Eform, path: string) => eform.ui.fields[path]?.group !== undefined;

/** Leaf fields a condition of `path` may read: same level (same group), not itself. */
export function conditionTargets(eform: Eform, path: string | null, group: string | null): string[] {
  return formFields(eform.schema)
    .filter((f) => f.kind === 'leaf' && f.path !== path && groupOf(f.path) === group)
    .map((f) => f.path);
}

/* ---------- writing ---------- */

/** The schema node of a kind, keeping the node's other keywords (title, description, $comment …). */
function nodeFor(spec: FieldSpec, previous: SchemaNode | undefined): SchemaNode {
  const node: SchemaNode = {};
  for (const [k, v] of Object.entries(previous ?? {})) if (!MANAGED.includes(k)) node[k] = v;
  const stringLimits = () => {
    if (spec.minLength !== null) node.minLength = spec.minLength;
    if (spec.maxLength !== null) node.maxLength = spec.maxLength;
  };
  switch (spec.kind) {
    case 'text':
    case 'textarea':
      node.type = 'string';
      stringLimits();
      if (spec.pattern) node.pattern = spec.pattern;
      break;
    case 'personal-id':
    case 'phone':
      node.type = 'string';
      node.pattern = spec.pattern ?? (spec.kind === 'phone' ? '^0\\d{9}$' : '^\\d{12}$');
      break;
    case 'admin-unit':
      // The 5-digit code of a commune in force (QĐ 19/2025/QĐ-TTg list of units from 1/7/2025).
      node.type = 'string';
      node.pattern = '^\\d{5}$';
      break;
    case 'email':
      node.type = 'string';
      node.format = 'email';
      node.maxLength = spec.maxLength ?? 254;
      break;
    case 'date':
      node.type = 'string';
      node.format = 'date';
      break;
    case 'number':
    case 'integer':
      node.type = spec.kind;
      if (spec.minimum !== null) node.minimum = spec.minimum;
      if (spec.maximum !== null) node.maximum = spec.maximum;
      break;
    case 'select':
    case 'radio': {
      const values = spec.options.map((o) => o.value);
      const types = new Set(values.map((v) => (v === null ? 'null' : typeof v)));
      if (types.size === 1 && !types.has('null'))
        node.type = [...types][0] === 'number' ? 'number' : [...types][0];
      node.enum = values;
      break;
    }
    case 'checkbox':
      node.type = 'boolean';
      break;
    case 'confirm':
      node.type = 'boolean';
      node.const = true;
      break;
  }
  return node;
}

const DEFAULT_PATTERN_MESSAGE: Partial<Record<FieldKind, LocalizedText>> = {
  'personal-id': {
    vi: 'phải gồm đúng 12 chữ số (số định danh cá nhân)',
    en: 'must be exactly 12 digits (personal identification number)',
  },
  phone: {
    vi: 'phải là số điện thoại 10 chữ số, bắt đầu bằng 0',
    en: 'must be a 10-digit phone number starting with 0',
  },
  'admin-unit': {
    vi: 'phải là một xã, phường chọn từ danh sách',
    en: 'must be a commune picked from the list',
  },
};

function hintsFor(spec: FieldSpec, previous: EformFieldUi | undefined): EformFieldUi {
  const hints: EformFieldUi = { label: spec.label };
  if (previous?.placeholder) hints.placeholder = previous.placeholder;
  if (spec.help) hints.help = spec.help;
  const widget = spec.kind === 'confirm' ? 'checkbox' : spec.kind === 'integer' ? 'number' : spec.kind;
  hints.widget = widget;
  if (spec.kind === 'select' || spec.kind === 'radio') hints.options = spec.options;
  if (spec.visibleIf) hints.visibleIf = spec.visibleIf;
  const message = spec.patternMessage ?? DEFAULT_PATTERN_MESSAGE[spec.kind];
  if (
    message &&
    (spec.pattern || spec.kind === 'personal-id' || spec.kind === 'phone' || spec.kind === 'admin-unit')
  )
    hints.patternMessage = message;
  return hints;
}

/** Replaces a leaf field's definition (its path stays). */
export function writeField(eform: Eform, spec: FieldSpec): Eform {
  const next = clone(eform);
  const segs = segmentsOf(spec.path);
  const parent = objectAt(next.schema, segs.slice(0, -1), true)!;
  if (!isObject(parent.properties)) parent.properties = {};
  const props = parent.properties as Record<string, SchemaNode>;
  const key = keyOf(segs.at(-1)!);
  props[key] = nodeFor(spec, props[key]);
  next.ui.fields[spec.path] = hintsFor(spec, eform.ui.fields[spec.path]);
  writeRequired(next.schema, spec.path, spec.required, spec.visibleIf);
  return next;
}

export function blankField(path: string, kind: FieldKind = 'text'): FieldSpec {
  return {
    path,
    kind,
    label: { vi: 'Trường mới', en: 'New field' },
    help: null,
    required: false,
    minLength: null,
    maxLength: kind === 'text' ? 200 : kind === 'textarea' ? 2000 : null,
    minimum: null,
    maximum: null,
    pattern: null,
    patternMessage: null,
    options:
      kind === 'select' || kind === 'radio'
        ? [
            { value: 'a', label: { vi: 'Lựa chọn 1', en: 'Choice 1' } },
            { value: 'b', label: { vi: 'Lựa chọn 2', en: 'Choice 2' } },
          ]
        : [],
    visibleIf: null,
  };
}

/** Why a new key cannot be used, or null. */
export function keyProblem(eform: Eform, place: Place, key: string): LocalizedText | null {
  if (!KEY_PATTERN.test(key))
    return {
      vi: 'Mã trường: chữ cái Latinh và chữ số, bắt đầu bằng chữ cái (ví dụ fullName, child.fullName).',
      en: 'Field key: Latin letters and digits, starting with a letter (e.g. fullName, child.fullName).',
    };
  if ('group' in place && key.includes('.'))
    return { vi: 'Trường trong nhóm lặp không chứa dấu chấm.', en: 'A field of a group has no dots.' };
  const path = 'group' in place ? `${place.group}[].${key}` : key;
  const taken = formFields(eform.schema).some(
    (f) =>
      f.path === path ||
      f.path.startsWith(`${path}.`) ||
      f.path.startsWith(`${path}[]`) ||
      path.startsWith(`${f.path}.`),
  );
  return taken ? { vi: `Mã «${key}» đã được dùng.`, en: `The key “${key}” is already used.` } : null;
}

/** Adds a field at the end of a section or a group. */
export function addField(eform: Eform, place: Place, key: string, spec?: Omit<FieldSpec, 'path'>): Eform {
  const path = 'group' in place ? `${place.group}[].${key}` : key;
  const next = writeField(eform, { ...(spec ?? blankField(path)), path });
  if ('group' in place) {
    const g = next.ui.fields[place.group]!.group!;
    g.fields = [...g.fields, path];
  } else {
    const s = next.ui.sections.find((x) => x.id === place.section)!;
    s.fields = [...s.fields, path];
  }
  return next;
}

/** Adds a repeating group (an array of objects) with its first field. */
export function addGroup(eform: Eform, section: string, key: string, firstKey: string): Eform {
  const next = clone(eform);
  const segs = segmentsOf(key);
  const parent = objectAt(next.schema, segs.slice(0, -1), true)!;
  if (!isObject(parent.properties)) parent.properties = {};
  const props = parent.properties as Record<string, SchemaNode>;
  props[segs.at(-1)!] = {
    type: 'array',
    maxItems: 20,
    items: { type: 'object', additionalProperties: false, properties: {} },
  };
  next.ui.fields[key] = {
    label: { vi: 'Nhóm mới', en: 'New group' },
    group: {
      fields: [],
      addLabel: { vi: 'Thêm', en: 'Add' },
      itemLabel: { vi: 'Mục', en: 'Item' },
    },
  };
  next.ui.sections.find((s) => s.id === section)!.fields.push(key);
  return addField(next, { group: key }, firstKey);
}

export function writeGroup(eform: Eform, spec: GroupSpec): Eform {
  const next = clone(eform);
  const node = nodeOf(next.schema, spec.path)!;
  delete node.minItems;
  delete node.maxItems;
  if (spec.minItems !== null) node.minItems = spec.minItems;
  if (spec.maxItems !== null) node.maxItems = spec.maxItems;
  const prev = next.ui.fields[spec.path]!;
  next.ui.fields[spec.path] = {
    ...prev,
    label: spec.label,
    group: { fields: prev.group!.fields, itemLabel: spec.itemLabel, addLabel: spec.addLabel },
    ...(spec.visibleIf ? { visibleIf: spec.visibleIf } : {}),
  };
  if (!spec.visibleIf) delete next.ui.fields[spec.path]!.visibleIf;
  writeRequired(next.schema, spec.path, spec.required, spec.visibleIf);
  return next;
}

/** Removes a field or a whole group, with every rule that reads it; empty objects go too. */
export function removeField(eform: Eform, path: string): Eform {
  const next = clone(eform);
  const gone = [path, ...(next.ui.fields[path]?.group?.fields ?? [])];
  for (const p of gone) {
    dropConditionalRequired(next.schema, p);
    dropConditionsOn(next.schema, p);
    delete next.ui.fields[p];
  }
  const segs = segmentsOf(path);
  const parent = objectAt(next.schema, segs.slice(0, -1));
  if (parent && isObject(parent.properties)) {
    delete (parent.properties as Record<string, unknown>)[keyOf(segs.at(-1)!)];
    setRequired(parent, keyOf(segs.at(-1)!), false);
  }
  pruneEmptyObjects(next.schema, segs.slice(0, -1));
  for (const s of next.ui.sections) {
    s.fields = s.fields.filter((f) => f !== path);
    if (s.visibleIf && gone.includes(s.visibleIf.field)) delete s.visibleIf;
  }
  for (const hints of Object.values(next.ui.fields)) {
    if (hints.group) hints.group.fields = hints.group.fields.filter((f) => f !== path);
    if (hints.visibleIf && gone.includes(hints.visibleIf.field)) delete hints.visibleIf;
  }
  return next;
}

/** Objects left without properties by a removal are removed up the path (not groups' items). */
function pruneEmptyObjects(schema: SchemaNode, segs: string[]) {
  for (let n = segs.length; n > 0; n--) {
    const last = segs[n - 1]!;
    if (last.endsWith('[]')) return;
    const node = objectAt(schema, segs.slice(0, n));
    if (!node || (isObject(node.properties) && Object.keys(node.properties).length)) return;
    const parent = objectAt(schema, segs.slice(0, n - 1))!;
    delete (parent.properties as Record<string, unknown>)[last];
    setRequired(parent, last, false);
    dropConditionalRequired(schema, segs.slice(0, n).join('.'));
  }
}

const swap = <T>(list: T[], i: number, j: number): T[] => {
  if (j < 0 || j >= list.length) return list;
  const copy = [...list];
  [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  return copy;
};

/** Moves a field one place up (-1) or down (+1) within its section or group. */
export function moveField(eform: Eform, path: string, by: -1 | 1): Eform {
  const next = clone(eform);
  const group = groupOf(path);
  if (group) {
    const g = next.ui.fields[group]!.group!;
    g.fields = swap(g.fields, g.fields.indexOf(path), g.fields.indexOf(path) + by);
  } else {
    const s = next.ui.sections.find((x) => x.fields.includes(path))!;
    s.fields = swap(s.fields, s.fields.indexOf(path), s.fields.indexOf(path) + by);
  }
  return next;
}

/** Moves a top-level field (or group) to the end of another section. */
export function moveToSection(eform: Eform, path: string, section: string): Eform {
  const next = clone(eform);
  for (const s of next.ui.sections) s.fields = s.fields.filter((f) => f !== path);
  next.ui.sections.find((s) => s.id === section)!.fields.push(path);
  return next;
}

export function addSection(eform: Eform, id: string, title: LocalizedText, firstKey: string): Eform {
  const next = clone(eform);
  next.ui.sections.push({ id, title, fields: [] });
  return addField(next, { section: id }, firstKey);
}

export function writeSection(eform: Eform, spec: SectionSpec): Eform {
  const next = clone(eform);
  const s = next.ui.sections.find((x) => x.id === spec.id)!;
  s.title = spec.title;
  if (spec.description) s.description = spec.description;
  else delete s.description;
  if (spec.visibleIf) s.visibleIf = spec.visibleIf;
  else delete s.visibleIf;
  return next;
}

export function moveSection(eform: Eform, id: string, by: -1 | 1): Eform {
  const next = clone(eform);
  const i = next.ui.sections.findIndex((s) => s.id === id);
  next.ui.sections = swap(next.ui.sections, i, i + by);
  return next;
}

/** Removes a section with all its fields. */
export function removeSection(eform: Eform, id: string): Eform {
  let next = eform;
  for (const path of eform.ui.sections.find((s) => s.id === id)?.fields ?? []) next = removeField(next, path);
  next = clone(next);
  next.ui.sections = next.ui.sections.filter((s) => s.id !== id);
  return next;
}

/** A free section id from a title: "Thông tin người cha" → "thong-tin-nguoi-cha". */
export function sectionIdFrom(eform: Eform, title: string): string {
  const base =
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .replace(/^[^a-z]+/, '')
      .slice(0, 32) || 'phan';
  const taken = new Set(eform.ui.sections.map((s) => s.id));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
