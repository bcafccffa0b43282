import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Eform, EformError } from './catalog';
import { FORMATS, MAX_SCHEMA_CHARS, problem, subsetProblems, uiProblems } from './eform-definition';
import { type CompiledEform, wrapValidator } from './eform-messages';

export { type CompiledEform, toMessages } from './eform-messages';

/**
 * The e-form validation core, the same in the server and in the browser (no Node-only imports): a
 * procedure's e-form is a JSON Schema (draft 2020-12 subset) plus UI hints; data is validated with Ajv
 * after hidden fields are pruned, and each error becomes `{ path, vi, en }` worded with the field's
 * own labels.
 *
 * Supported schema keywords (anything else is refused when a form is saved, so every form can be
 * rendered): type, properties, required, additionalProperties, items, minItems, maxItems, uniqueItems,
 * enum, const, format (date, date-time, time, email), pattern, minLength, maxLength, minimum, maximum,
 * exclusiveMinimum, exclusiveMaximum, if / then / else, allOf, title, description, default, $comment,
 * $schema. Conditional requirements are written as if/then; the UI's `visibleIf` shows the field.
 */

export class EformDefinitionError extends Error {
  constructor(readonly errors: EformError[]) {
    super(errors.map((e) => e.en).join('; '));
  }
}

/** The validator's options; the standalone code the server serves to browsers is made with the same. */
export const AJV_OPTIONS = {
  allErrors: true,
  strict: true,
  strictTypes: false,
  strictRequired: false,
} as const;

/** An Ajv instance with the supported formats; `code` options for standalone generation. */
export function createAjv(code?: NonNullable<ConstructorParameters<typeof Ajv2020>[0]>['code']) {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, ...(code ? { code } : {}) });
  addFormats(ajv, [...FORMATS]);
  return ajv;
}
let shared: ReturnType<typeof createAjv> | undefined;
/** One Ajv instance, created on first use; compiled schemas are removed from it after compiling. */
function ajvInstance() {
  shared ??= createAjv();
  return shared;
}

/** Every problem of an e-form definition; empty when it can be saved and rendered. */
export function checkEformDefinition(eform: Eform): EformError[] {
  if (JSON.stringify(eform.schema).length > MAX_SCHEMA_CHARS)
    return [problem('schema', 'Lược đồ quá lớn.', 'The schema is too large.')];
  const out: EformError[] = [];
  subsetProblems(eform.schema, 'schema', out);
  if (out.length) return out;
  try {
    const ajv = ajvInstance();
    ajv.compile(eform.schema);
    ajv.removeSchema(eform.schema);
  } catch (e) {
    return [
      problem(
        'schema',
        `JSON Schema không hợp lệ (chi tiết kỹ thuật: ${(e as Error).message})`,
        `Invalid JSON Schema: ${(e as Error).message}`,
      ),
    ];
  }
  return uiProblems(eform);
}

/** Compiles a form once; throws EformDefinitionError when the definition is not usable. */
export function compileEform(eform: Eform): CompiledEform {
  const problems = checkEformDefinition(eform);
  if (problems.length) throw new EformDefinitionError(problems);
  const ajv = ajvInstance();
  const fn: ValidateFunction = ajv.compile(eform.schema);
  ajv.removeSchema(eform.schema); // the compiled function keeps working; the instance keeps no copy
  return wrapValidator(fn, eform);
}

const compiled = new WeakMap<Eform, CompiledEform>();

/** Validates data against a form, compiling it on first use (cached per form object). */
export function validateEformData(eform: Eform, data: unknown) {
  let c = compiled.get(eform);
  if (!c) {
    c = compileEform(eform);
    compiled.set(eform, c);
  }
  return c.validate(data);
}
