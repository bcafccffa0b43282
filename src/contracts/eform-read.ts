import type { Eform, EformFieldUi, EformUi } from './catalog';
import { formFields, isVisible, type SchemaNode } from './eform-paths';

/**
 * Reading a filled-in e-form as a person does, shared by the browser (the read-only form, the review
 * before sending) and the server (the facts printed on a result): values at data paths, which schema
 * node and UI hints a field has, and each value in words (the option's label, "Có"/"Không", a date as
 * 15/03/2026).
 */

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function getAt(data: unknown, path: string): unknown {
  let cur = data;
  for (const s of path.split('.')) {
    if (!isObject(cur) && !Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[s];
  }
  return cur;
}

/** True for a value a person has not given: nothing, or only spaces. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** The schema node of a template path (`members[].fullName`). */
export function schemaAt(schema: SchemaNode, path: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = schema;
  for (const s of path.split('.')) {
    const key = s.replace('[]', '');
    node = (node?.properties as Record<string, SchemaNode> | undefined)?.[key];
    if (s.endsWith('[]')) node = node?.items as SchemaNode | undefined;
  }
  return node;
}

export type Widget = NonNullable<EformFieldUi['widget']>;

/** The widget a field is drawn with: the hint, else one that suits its schema. */
export function widgetOf(node: SchemaNode | undefined, hints: EformFieldUi | undefined): Widget {
  if (hints?.widget) return hints.widget;
  if (node?.type === 'boolean') return 'checkbox';
  if (Array.isArray(node?.enum)) return node.enum.length > 4 ? 'select' : 'radio';
  if (node?.type === 'integer' || node?.type === 'number') return 'number';
  if (node?.format === 'date') return 'date';
  if (node?.format === 'email') return 'email';
  if (typeof node?.maxLength === 'number' && node.maxLength > 300) return 'textarea';
  return 'text';
}

/** Options of an enum field in display order, from the UI hints (labels) or the schema (values). */
export function optionsOf(node: SchemaNode | undefined, hints: EformFieldUi | undefined) {
  if (hints?.options?.length) return hints.options;
  const values = Array.isArray(node?.enum) ? node.enum : [];
  return values.map((value) => ({ value, label: { vi: String(value), en: String(value) } }));
}

/** A section's own condition (`visibleIf` on a field of the form). */
export function isSectionVisible(section: EformUi['sections'][number], data: unknown): boolean {
  return !section.visibleIf || getAt(data, section.visibleIf.field) === section.visibleIf.equals;
}

/** `members[].fullName` for item 2 → `members.2.fullName`. */
export function concretePath(template: string, item: number | null): string {
  return item === null ? template : template.replace('[]', `.${item}`);
}

export type Lang = 'vi' | 'en';

/** The words a reader sees for a box ticked or not, and for a question left blank. */
export const READ_WORDS: Record<Lang, { yes: string; no: string; notGiven: string }> = {
  vi: { yes: 'Có', no: 'Không', notGiven: 'Không khai' },
  en: { yes: 'Yes', no: 'No', notGiven: 'Not given' },
};

const NUMBER_LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** A filled-in value as a person reads it: the option's label, "Có"/"Không", a date as 15/03/2026. */
export function readableValue(
  node: SchemaNode | undefined,
  hints: EformFieldUi | undefined,
  value: unknown,
  lang: Lang,
): string {
  if (isBlank(value)) return READ_WORDS[lang].notGiven;
  const widget = widgetOf(node, hints);
  if (widget === 'radio' || widget === 'select') {
    const option = optionsOf(node, hints).find((o) => o.value === value);
    if (option) return option.label[lang];
  }
  if (typeof value === 'boolean') return value ? READ_WORDS[lang].yes : READ_WORDS[lang].no;
  // Years and small counts read "1990", amounts "1.500.000".
  if (typeof value === 'number')
    return new Intl.NumberFormat(NUMBER_LOCALE[lang], { useGrouping: Math.abs(value) >= 10_000 }).format(
      value,
    );
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}/${m}/${y}`;
  }
  return String(value);
}

export type FactRow = { label: string; value: string; item?: true };
export type FactSection = { title: string; rows: FactRow[] };

/**
 * The answers of a form by section, labelled as the form labels them, hidden fields left out: what a
 * result paper prints when the procedure has no template of its own. A repeating group gives a heading
 * row per item ("Thành viên 1") followed by the item's fields. Declarations that must be ticked (a
 * `const: true` box, the applicant's cam đoan) are not facts and are left out; so are blanks.
 * `unitName` turns an administrative-unit code into its name.
 */
export function formFacts(
  eform: Eform,
  data: Record<string, unknown>,
  lang: Lang,
  unitName: (code: string) => string | undefined = () => undefined,
): FactSection[] {
  const groups = new Set(formFields(eform.schema).flatMap((f) => (f.kind === 'group' ? [f.path] : [])));
  const fact = (template: string, path: string, item: number | null): FactRow[] => {
    const node = schemaAt(eform.schema, template);
    const hints = eform.ui.fields[template];
    const value = getAt(data, path);
    if (!isVisible(eform.ui, template, data, item) || isBlank(value) || node?.const === true) return [];
    const words =
      hints?.widget === 'admin-unit' && typeof value === 'string'
        ? (unitName(value) ?? value)
        : readableValue(node, hints, value, lang);
    return [{ label: hints?.label[lang] ?? template, value: words }];
  };
  return eform.ui.sections
    .filter((s) => isSectionVisible(s, data))
    .map((section) => ({
      title: section.title[lang],
      rows: section.fields.flatMap((path) => {
        if (!groups.has(path)) return fact(path, path, null);
        if (!isVisible(eform.ui, path, data)) return [];
        const group = eform.ui.fields[path]?.group;
        const items = getAt(data, path);
        return (Array.isArray(items) ? items : []).flatMap((_, i) => [
          { label: `${group?.itemLabel[lang] ?? path} ${i + 1}`, value: '', item: true as const },
          ...(group?.fields ?? []).flatMap((f) => fact(f, concretePath(f, i), i)),
        ]);
      }),
    }))
    .filter((s) => s.rows.length > 0);
}

/** The administrative-unit codes a form's answers name, for looking their names up first. */
export function adminUnitCodes(eform: Eform, data: Record<string, unknown>): string[] {
  const codes = new Set<string>();
  for (const f of formFields(eform.schema)) {
    if (f.kind !== 'leaf' || eform.ui.fields[f.path]?.widget !== 'admin-unit') continue;
    const items = f.group === null ? [undefined] : getAt(data, f.group);
    const values = (Array.isArray(items) ? items : []).map((_, i) =>
      getAt(data, f.group === null ? f.path : concretePath(f.path, i)),
    );
    for (const v of values) if (typeof v === 'string' && v) codes.add(v);
  }
  return [...codes];
}
