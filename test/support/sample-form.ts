/**
 * A filled e-form that satisfies a procedure's schema (the subset of JSON Schema the catalogue allows,
 * `src/contracts/eform-definition.ts`), for tests that submit every procedure: the required fields,
 * and the fields an `if` / `then` asks for once the values it tests are filled. Values look like what
 * a person would type (Vietnamese names, a valid personal identification number, a mobile number).
 */
type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minItems?: number;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  if?: Schema;
  then?: Schema;
  else?: Schema;
  allOf?: Schema[];
};

const BY_PATTERN: Record<string, string> = {
  '^\\d{12}$': '038090012345',
  '^0\\d{9}$': '0900000001',
  '^\\d{4}$': '1990',
  '^([01]\\d|2[0-3]):[0-5]\\d$': '08:30',
};
const BY_FORMAT: Record<string, string> = {
  date: '2026-11-20',
  'date-time': '2026-11-20T08:30:00+07:00',
  time: '08:30:00+07:00',
  email: 'nguyen.van.an@example.vn',
};
const TEXT = 'Nguyễn Văn An, số 12 đường Đông Cương, phường Hàm Rồng, tỉnh Thanh Hóa';

export function sampleForm(schema: Schema): Record<string, unknown> {
  return sample(schema) as Record<string, unknown>;
}

function sample(s: Schema): unknown {
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum[0];
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'object':
      return sampleObject(s);
    case 'array':
      return Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => sample(s.items ?? {}));
    case 'boolean':
      return true;
    case 'integer':
    case 'number':
      return s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
    default:
      if (s.pattern) {
        const value = BY_PATTERN[s.pattern];
        if (!value) throw new Error(`no sample for the pattern ${s.pattern}`);
        return value;
      }
      if (s.format) return BY_FORMAT[s.format] ?? TEXT;
      return TEXT.slice(0, s.maxLength ?? TEXT.length).padEnd(s.minLength ?? 0, '.');
  }
}

function sampleObject(s: Schema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const fill = (required: string[] | undefined) => {
    for (const key of required ?? [])
      if (!(key in out) && s.properties?.[key]) out[key] = sample(s.properties[key]);
  };
  fill(s.required);
  // Conditions test values already filled; a branch may require more, so apply them until none adds.
  const conditions = [s, ...(s.allOf ?? [])].filter((c) => c.if);
  for (let round = 0; round < 5; round++) {
    const before = Object.keys(out).length;
    for (const c of conditions) fill((matches(c.if!, out) ? c.then : c.else)?.required);
    if (Object.keys(out).length === before) break;
  }
  return out;
}

/** Whether `value` matches an `if`: the subset's conditions are `required` plus `const` / `enum`. */
function matches(cond: Schema, value: Record<string, unknown>): boolean {
  if (cond.required?.some((k) => !(k in value))) return false;
  return Object.entries(cond.properties ?? {}).every(([k, p]) => {
    if (!(k in value)) return true;
    if (p.const !== undefined) return value[k] === p.const;
    if (p.enum) return p.enum.includes(value[k]);
    return true;
  });
}
