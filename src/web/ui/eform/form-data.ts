import type { Eform, EformError, EformUi } from '../../../contracts/catalog';
import { type FormField, formFields, type SchemaNode, templatePath } from '../../../contracts/eform-paths';
import { isObject, schemaAt } from '../../../contracts/eform-read';

export {
  concretePath,
  getAt,
  isBlank,
  isSectionVisible,
  optionsOf,
  schemaAt,
  type Widget,
  widgetOf,
} from '../../../contracts/eform-read';

/**
 * Pure helpers of the e-form renderer: reading and writing values at data paths (`child.fullName`,
 * `members.0.fullName`), the first values of a blank form, which schema node and UI hints a field has,
 * and where each validation message belongs on the page.
 */

export type FormValues = Record<string, unknown>;

/**
 * A copy of `data` with `value` at `path`. A blank value removes the key, so that a cleared field
 * reads as "not given" (required) rather than as an empty string (too short).
 */
export function setAt(data: FormValues, path: string, value: unknown): FormValues {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return data;
  const copy: FormValues = { ...data };
  if (rest.length === 0) {
    if (value === undefined || (typeof value === 'string' && value === '')) delete copy[head];
    else copy[head] = value;
    return copy;
  }
  const child = copy[head];
  const next = /^\d+$/.test(rest[0] ?? '')
    ? setInArray(Array.isArray(child) ? child : [], rest, value)
    : setAt(isObject(child) ? child : {}, rest.join('.'), value);
  copy[head] = next;
  return copy;
}

function setInArray(items: unknown[], [index, ...rest]: string[], value: unknown): unknown[] {
  const copy = [...items];
  const i = Number(index);
  if (rest.length === 0) copy[i] = value;
  else copy[i] = setAt(isObject(copy[i]) ? (copy[i] as FormValues) : {}, rest.join('.'), value);
  return copy;
}

/** Required whatever else is answered (conditional requirements come from if/then and show as errors). */
export function isRequired(schema: SchemaNode, path: string): boolean {
  const segments = path.split('.');
  const last = segments.pop()?.replace('[]', '');
  const parent = segments.length ? schemaAt(schema, segments.join('.')) : schema;
  return Boolean(last && Array.isArray(parent?.required) && parent.required.includes(last));
}

/** A blank form: schema defaults, and unticked boxes as `false` (an untouched box is an answer: no). */
export function initialValues(eform: Eform): FormValues {
  let data: FormValues = {};
  for (const f of formFields(eform.schema)) {
    if (f.kind !== 'leaf' || f.group !== null) continue;
    if (f.schema.default !== undefined) data = setAt(data, f.path, f.schema.default);
    else if (f.schema.type === 'boolean' && f.schema.const === undefined) data = setAt(data, f.path, false);
  }
  return data;
}

export type PlacedErrors = {
  /** By concrete data path of a field or a repeating group. */
  fields: Map<string, EformError>;
  /** By section id: problems of a whole object (`«Người mẹ» là thông tin bắt buộc`). */
  sections: Map<string, EformError[]>;
  /** Problems no field on the page can show (stale data of an older form, the root). */
  others: EformError[];
};

/** Decides where each message is shown, so that none is lost. */
export function placeErrors(eform: Eform, errors: readonly EformError[]): PlacedErrors {
  const byPath = new Map<string, FormField>(formFields(eform.schema).map((f) => [f.path, f]));
  const placed: PlacedErrors = { fields: new Map(), sections: new Map(), others: [] };
  for (const e of errors) {
    const template = templatePath(e.path);
    if (byPath.has(template)) {
      placed.fields.set(e.path, e);
      continue;
    }
    const section = e.path ? sectionHolding(eform.ui, template) : undefined;
    if (section) placed.sections.set(section, [...(placed.sections.get(section) ?? []), e]);
    else placed.others.push(e);
  }
  return placed;
}

function sectionHolding(ui: EformUi, objectPath: string): string | undefined {
  return ui.sections.find((s) =>
    s.fields.some((f) => f.startsWith(`${objectPath}.`) || f.startsWith(`${objectPath}[]`)),
  )?.id;
}

/** Field errors from a 400 of the dossier API (`formData.child.fullName`), as e-form paths. */
export function formDataErrors(errors: readonly { path: string; vi: string; en: string }[]): EformError[] {
  return errors
    .map((e) => ({ ...e, path: e.path.replace(/^body\./, '') }))
    .filter((e) => e.path === 'formData' || e.path.startsWith('formData.'))
    .map((e) => ({ ...e, path: e.path.replace(/^formData\.?/, '') }));
}
