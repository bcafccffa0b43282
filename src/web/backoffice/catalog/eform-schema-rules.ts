import type { SchemaNode } from '../../../contracts/eform-paths';

/**
 * The e-form editor's view of the JSON Schema: finding a field's node and its parent object, and the
 * requirement rules, plain (`required`) or conditional (an if/then entry of `allOf`, marked with a
 * `$comment` so the editor finds its own entries again).
 */

export type Condition = { field: string; equals: string | number | boolean | null };
const MARK = 'cuaso:required-if';
const isObject = (v: unknown): v is SchemaNode => typeof v === 'object' && v !== null && !Array.isArray(v);

/* ---------- navigating the schema ---------- */

/** `members[].fullName` → ['members[]', 'fullName']. */
export const segmentsOf = (path: string) => path.split('.');
export const keyOf = (segment: string) => segment.replace('[]', '');

/** The object node that holds the segments' properties (descending into items after `[]`). */
export function objectAt(schema: SchemaNode, segments: string[], create = false): SchemaNode | undefined {
  let node: SchemaNode | undefined = schema;
  for (const s of segments) {
    if (!node) return undefined;
    if (!isObject(node.properties)) {
      if (!create) return undefined;
      node.properties = {};
    }
    const props = node.properties as Record<string, SchemaNode>;
    if (!isObject(props[keyOf(s)])) {
      if (!create) return undefined;
      props[keyOf(s)] = { type: 'object', additionalProperties: false, properties: {} };
    }
    node = props[keyOf(s)];
    if (s.endsWith('[]')) node = node?.items as SchemaNode | undefined;
  }
  return node;
}

export function nodeOf(schema: SchemaNode, path: string): SchemaNode | undefined {
  const segs = segmentsOf(path);
  const parent = objectAt(schema, segs.slice(0, -1));
  const props = parent?.properties as Record<string, SchemaNode> | undefined;
  return props?.[keyOf(segs.at(-1)!)];
}

/** The closest object holding both paths, and the paths relative to it. */
export function commonObject(a: string, b: string) {
  const sa = segmentsOf(a);
  const sb = segmentsOf(b);
  let n = 0;
  while (n < sa.length - 1 && n < sb.length - 1 && sa[n] === sb[n]) n++;
  return { at: sa.slice(0, n), a: sa.slice(n), b: sb.slice(n) };
}

/** `{ properties: { x: { properties: { y: leaf } , required: [y] } }, required: [x] }` along segments. */
export function chain(segments: string[], leaf: (key: string) => SchemaNode): SchemaNode {
  const [head, ...rest] = segments as [string, ...string[]];
  const key = keyOf(head);
  if (!rest.length) return leaf(key);
  const inner = chain(rest, leaf);
  const child = head.endsWith('[]') ? { items: inner } : inner;
  return { properties: { [key]: child }, required: [key] };
}

/** Whether an if/then entry's `then` requires the relative path. */
export function thenRequires(then: unknown, segments: string[]): boolean {
  if (!isObject(then)) return false;
  const [head, ...rest] = segments as [string, ...string[]];
  const key = keyOf(head);
  if (!rest.length) return Array.isArray(then.required) && then.required.includes(key);
  let next = (then.properties as Record<string, unknown> | undefined)?.[key];
  if (head.endsWith('[]') && isObject(next)) next = next.items;
  return thenRequires(next, rest);
}

/** Every object node from the root down to (not including) the field, with its segments. */
export function ancestors(schema: SchemaNode, path: string) {
  const segs = segmentsOf(path);
  const out: { node: SchemaNode; rel: string[] }[] = [];
  for (let n = 0; n < segs.length; n++) {
    const node = objectAt(schema, segs.slice(0, n));
    if (node) out.push({ node, rel: segs.slice(n) });
  }
  return out;
}

export function isConditionallyRequired(schema: SchemaNode, path: string): boolean {
  return ancestors(schema, path).some(({ node, rel }) => {
    const entries = [node, ...(Array.isArray(node.allOf) ? node.allOf : [])];
    return entries.some((e) => isObject(e) && isObject(e.if) && thenRequires(e.then, rel));
  });
}

/** Takes a field out of every if/then requirement (removing entries left requiring nothing). */
export function dropConditionalRequired(schema: SchemaNode, path: string) {
  for (const { node, rel } of ancestors(schema, path)) {
    const prune = (then: unknown, segments: string[]): boolean => {
      if (!isObject(then)) return false;
      const [head, ...rest] = segments as [string, ...string[]];
      const key = keyOf(head);
      if (!rest.length) {
        if (Array.isArray(then.required)) then.required = then.required.filter((r) => r !== key);
      } else {
        let next = (then.properties as Record<string, unknown> | undefined)?.[key];
        if (head.endsWith('[]') && isObject(next)) next = next.items;
        if (prune(next, rest) && isObject(then.properties)) {
          delete (then.properties as Record<string, unknown>)[key];
          if (Array.isArray(then.required)) then.required = then.required.filter((r) => r !== key);
          if (!Object.keys(then.properties).length) delete then.properties;
        }
      }
      if (Array.isArray(then.required) && !then.required.length) delete then.required;
      return Object.keys(then).filter((k) => k !== '$comment').length === 0;
    };
    if (Array.isArray(node.allOf)) {
      node.allOf = node.allOf.filter((e) => !(isObject(e) && isObject(e.if) && prune(e.then, rel)));
      if (!(node.allOf as unknown[]).length) delete node.allOf;
    }
    if (isObject(node.if) && prune(node.then, rel)) {
      delete node.if;
      delete node.then;
    }
  }
}

/** Removes every if/then entry whose condition reads the field (the condition goes with it). */
export function dropConditionsOn(schema: SchemaNode, path: string) {
  const reads = (cond: unknown, segments: string[]): boolean => {
    if (!isObject(cond) || !isObject(cond.properties)) return false;
    const [head, ...rest] = segments as [string, ...string[]];
    let next = (cond.properties as Record<string, unknown>)[keyOf(head)];
    if (!rest.length) return next !== undefined;
    if (head.endsWith('[]') && isObject(next)) next = next.items;
    return reads(next, rest);
  };
  for (const { node, rel } of ancestors(schema, path)) {
    if (Array.isArray(node.allOf)) {
      node.allOf = node.allOf.filter((e) => !(isObject(e) && reads(e.if, rel)));
      if (!(node.allOf as unknown[]).length) delete node.allOf;
    }
    if (reads(node.if, rel)) {
      delete node.if;
      delete node.then;
    }
  }
}

export function setRequired(parent: SchemaNode, key: string, on: boolean) {
  const current = Array.isArray(parent.required) ? (parent.required as string[]) : [];
  if (on && current.includes(key)) return; // keeps its place: the order of messages follows it
  const list = current.filter((k) => k !== key);
  if (on) list.push(key);
  if (list.length) parent.required = list;
  else delete parent.required;
}

/** Writes the requirement of a field: plain, or through an if/then when the field is conditional. */
export function writeRequired(
  schema: SchemaNode,
  path: string,
  required: boolean,
  visibleIf: Condition | null,
) {
  const segs = segmentsOf(path);
  const parent = objectAt(schema, segs.slice(0, -1), true)!;
  dropConditionalRequired(schema, path);
  setRequired(parent, keyOf(segs.at(-1)!), required && !visibleIf);
  if (!required || !visibleIf) return;
  const { at, a: cond, b: target } = commonObject(visibleIf.field, path);
  const holder = objectAt(schema, at, true)!;
  const entry: SchemaNode = {
    $comment: `${MARK} ${path}`,
    if: chain(cond, (key) => ({ properties: { [key]: { const: visibleIf.equals } }, required: [key] })),
    // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword
    then: chain(target, (key) => ({ required: [key] })),
  };
  holder.allOf = [...(Array.isArray(holder.allOf) ? holder.allOf : []), entry];
}
