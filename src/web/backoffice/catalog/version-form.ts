import { type Fee, VersionInput } from '../../../contracts/catalog';
import type { VersionData } from './api';

/** The editor's working copy: exactly what `POST /procedures/{code}/versions` takes. */
export type Draft = VersionInput;
export type Paper = Draft['documents'][number];
export type Bilingual = { vi: string; en: string };
export type Path = (string | number)[];

/** The first day of next month, the usual start of a newly announced decision. */
export function firstOfNextMonth(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** A new version starts as a copy of the one in force: same content, a new period and decision. */
export function draftFrom(current: VersionData, today: string): Draft {
  const { version: _v, status: _s, updatedAt: _u, eformValidator: _e, ...content } = current;
  return {
    ...content,
    effectiveFrom: firstOfNextMonth(today),
    effectiveTo: null,
    decision: { number: '', date: null },
  };
}

/**
 * The first version of a new procedure: nothing but what every procedure has, and a starter e-form
 * (the applicant's name, personal identification number and phone) to build on in the field editor.
 */
export function blankVersion(today: string): Draft {
  return {
    effectiveFrom: firstOfNextMonth(today),
    effectiveTo: null,
    decision: { number: '', date: null },
    applicants: ['citizen'],
    implementingAgency: null,
    processingTime: { value: 5, unit: 'working_days' },
    afternoonCutoff: null,
    timeNote: null,
    channels: [
      { channel: 'online', processingTime: null },
      { channel: 'in_person', processingTime: null },
    ],
    fees: [],
    documents: [],
    results: [],
    legalBasis: [],
    steps: [],
    conditions: null,
    workflowTemplate: 'standard',
    eform: {
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: {
          fullName: { type: 'string', minLength: 2, maxLength: 100 },
          personalId: { type: 'string', pattern: '^\\d{12}$' },
          phone: { type: 'string', pattern: '^0\\d{9}$' },
        },
        required: ['fullName', 'personalId'],
      },
      ui: {
        sections: [
          {
            id: 'applicant',
            title: { vi: 'Người yêu cầu', en: 'Applicant' },
            fields: ['fullName', 'personalId', 'phone'],
          },
        ],
        fields: {
          fullName: { label: { vi: 'Họ, chữ đệm, tên', en: 'Full name' }, widget: 'text' },
          personalId: {
            label: { vi: 'Số định danh cá nhân', en: 'Personal identification number' },
            widget: 'personal-id',
            patternMessage: {
              vi: 'phải gồm đúng 12 chữ số (số định danh cá nhân)',
              en: 'must be exactly 12 digits (personal identification number)',
            },
          },
          phone: {
            label: { vi: 'Số điện thoại', en: 'Phone number' },
            widget: 'phone',
            patternMessage: {
              vi: 'phải là số điện thoại 10 chữ số, bắt đầu bằng 0',
              en: 'must be a 10-digit phone number starting with 0',
            },
          },
        },
      },
    },
  };
}

export const blankFee = (): Fee => ({
  kind: 'charge',
  name: '',
  amount: 0,
  currency: 'VND',
  basis: 'dossier',
  tiers: [],
  maxAmount: null,
  channels: [],
  exemptions: null,
  setByProvincialCouncil: false,
  note: null,
});

export const blankPaper = (): Paper => ({
  name: '',
  group: null,
  submission: 'submit',
  form: 'original',
  quantity: 1,
  requirement: 'mandatory',
  condition: null,
  templateFile: null,
});

/** Immutable set of `value` at `path` inside plain objects and arrays. */
export function setIn<T>(target: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string | number, ...Path];
  const source = target as Record<string | number, unknown>;
  const copy = (Array.isArray(target) ? [...target] : { ...source }) as Record<string | number, unknown>;
  copy[head] = setIn(source?.[head], rest, value);
  return copy as T;
}

/** A text input's value as the contract wants it: blank means "none". */
export const orNull = (value: string): string | null => (value.trim() === '' ? null : value);
/** A number input's value: blank or junk becomes NaN, which the contract refuses under the field. */
export const toNumber = (value: string | number): number => (typeof value === 'number' ? value : Number.NaN);

export const pathKey = (path: Path) => path.join('.');

/**
 * Problems found in the browser with the shared contract, keyed like the server's (`fees.0.amount`).
 * The contract words its own messages "vi / en", so the form says exactly what the server would.
 */
export function checkDraft(draft: Draft, generic: Bilingual): Record<string, Bilingual> {
  const parsed = VersionInput.safeParse(draft);
  if (parsed.success) return {};
  const out: Record<string, Bilingual> = {};
  for (const issue of parsed.error.issues) {
    const key = pathKey(issue.path as Path);
    if (out[key]) continue;
    const [vi, en] = issue.message.split(' / ');
    out[key] = vi && en ? { vi, en } : generic;
  }
  return out;
}

/** Whether a message belongs to a field or anything inside it (a section's summary). */
export const within = (key: string, prefix: string) => key === prefix || key.startsWith(`${prefix}.`);
