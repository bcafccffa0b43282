import type { Eform, LocalizedText } from '../../../contracts/catalog';
import { groupOf } from '../../../contracts/eform-paths';
import { addField, removeField, type SectionSpec } from './eform-model';

// Ordering fields and editing sections of an e-form: pure functions that return a new e-form, like
// those of eform-model.ts (which holds the fields and groups themselves).

const clone = <T>(v: T): T => structuredClone(v);

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
