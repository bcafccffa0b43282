import type { Eform, EformFieldUi, LocalizedText } from '../../../contracts/catalog';
import { formFields, groupOf, type SchemaNode } from '../../../contracts/eform-paths';
import { hintsFor, nodeFor } from './eform-field-nodes';
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
