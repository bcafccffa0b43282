import type { EformUi } from './catalog';

/**
 * Field paths of an e-form and which fields are visible. Shared by the server and the browser: the form
 * renderer hides what `isVisible` hides, and validation prunes exactly those values first.
 *
 * Paths are dotted property names (`child.fullName`); the fields of a repeating group (an array of
 * objects) are written with `[]` (`members[].fullName`), and concrete data paths use the index
 * (`members.0.fullName`).
 */

export type SchemaNode = Record<string, unknown>;
export type FormField =
  | { kind: 'leaf'; path: string; schema: SchemaNode; group: string | null }
  | { kind: 'group'; path: string; schema: SchemaNode; itemSchema: SchemaNode };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every leaf field and repeating group of a schema, in schema order. */
export function formFields(schema: SchemaNode): FormField[] {
  const out: FormField[] = [];
  const walk = (node: SchemaNode, prefix: string, group: string | null) => {
    const props = isObject(node.properties) ? node.properties : {};
    for (const [key, child] of Object.entries(props)) {
      if (!isObject(child)) continue;
      const path = prefix ? `${prefix}.${key}` : key;
      if (child.type === 'object') walk(child, path, group);
      else if (child.type === 'array' && isObject(child.items) && child.items.type === 'object') {
        out.push({ kind: 'group', path, schema: child, itemSchema: child.items });
        walk(child.items, `${path}[]`, path);
      } else out.push({ kind: 'leaf', path, schema: child, group });
    }
  };
  walk(schema, '', null);
  return out;
}

/** `members.0.fullName` → `members[].fullName` (the path labels are keyed by). */
export function templatePath(dataPath: string): string {
  return dataPath.replace(/\.(\d+)(?=\.|$)/g, '[]');
}

/** The index of the innermost array item in a data path, if any. */
export function itemIndex(dataPath: string): number | null {
  const m = dataPath.match(/\.(\d+)(?:\.[^.]+)*$/);
  return m ? Number(m[1]) : null;
}

/** The group a template path belongs to: `members[].fullName` → `members`. */
export function groupOf(path: string): string | null {
  const i = path.lastIndexOf('[]');
  return i < 0 ? null : path.slice(0, i);
}

function get(data: unknown, segments: string[]): unknown {
  let cur = data;
  for (const s of segments) {
    if (!isObject(cur) && !Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[s];
  }
  return cur;
}

/**
 * Whether a field is shown. `visibleIf.field` is a template path; inside a repeating group it is read
 * from the same item (`item` is the item's index).
 */
export function isVisible(ui: EformUi, path: string, data: unknown, item: number | null = null): boolean {
  const group = groupOf(path);
  const section = ui.sections.find((s) => s.fields.includes(group ?? path));
  const conds = [
    ui.fields[path]?.visibleIf,
    section?.visibleIf,
    group ? ui.fields[group]?.visibleIf : undefined,
  ];
  return conds.every((c) => {
    if (!c) return true;
    const concrete = item === null ? c.field : c.field.replace('[]', `.${item}`);
    return get(data, concrete.split('.')) === c.equals;
  });
}

/**
 * A copy of the data without the values of hidden fields, and without objects left empty: what the
 * citizen sees is what is validated and stored. `fields` are the schema's (`formFields`), for a
 * caller that prunes against one schema many times.
 */
export function pruneHidden(
  ui: EformUi,
  schema: SchemaNode,
  data: unknown,
  fields: FormField[] = formFields(schema),
): unknown {
  if (!isObject(data)) return data;
  const copy = structuredClone(data) as Record<string, unknown>;
  // Decide visibility on the data as submitted, then delete, so the order of fields does not matter.
  const hidden: string[][] = [];
  for (const f of fields) {
    const group = f.kind === 'leaf' ? f.group : null;
    if (group === null) {
      // A hidden repeating group goes with all its items.
      if (!isVisible(ui, f.path, data)) hidden.push(f.path.split('.'));
      continue;
    }
    const items = get(data, group.split('.'));
    if (!Array.isArray(items)) continue;
    items.forEach((_, i) => {
      if (!isVisible(ui, f.path, data, i)) hidden.push(f.path.replace('[]', `.${i}`).split('.'));
    });
  }
  for (const segments of hidden) {
    const parent = get(copy, segments.slice(0, -1));
    if (isObject(parent)) delete parent[segments.at(-1)!];
  }
  dropEmptyObjects(copy);
  return copy;
}

function dropEmptyObjects(node: Record<string, unknown>) {
  for (const [k, v] of Object.entries(node)) {
    if (isObject(v)) {
      dropEmptyObjects(v);
      if (Object.keys(v).length === 0) delete node[k];
    } else if (Array.isArray(v)) for (const item of v) if (isObject(item)) dropEmptyObjects(item);
  }
}

/** Field paths in display order: sections in order, a group followed by its item fields. */
export function fieldOrder(ui: EformUi): string[] {
  return ui.sections.flatMap((s) => s.fields.flatMap((p) => [p, ...(ui.fields[p]?.group?.fields ?? [])]));
}
