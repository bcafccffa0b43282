import { createHash } from 'node:crypto';
import { _ } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { EformJsonSchema } from '../../../../contracts/catalog';
import { createAjv } from '../../../../contracts/eform-validate';
import { canonicalJson } from '../../../platform/audit';

/**
 * The precompiled validator of an e-form, for browsers (see contracts/eform-standalone.ts): Ajv's
 * standalone code, rewritten into an ES module whose only free name is the `runtime` it is given.
 * Every `require` Ajv emits must be one of the helpers below, or the module is not produced (the
 * browser then asks the server instead): the served code references nothing it was not handed.
 */

/** Bump when the generated shape changes: it is part of the content hash, so caches move on. */
const GENERATOR = 'cuaso-eform-standalone/1';
const RUNTIME: Record<string, string> = {
  'ajv/dist/runtime/ucs2length': 'runtime.ucs2length',
  'ajv/dist/runtime/equal': 'runtime.equal',
};

/** Content hash of the module a schema yields (it depends on the schema and the generator only). */
export function validatorHash(schema: EformJsonSchema): string {
  return createHash('sha256')
    .update(`${GENERATOR}\n${canonicalJson(schema)}`)
    .digest('hex')
    .slice(0, 20);
}

export class StandaloneUnavailable extends Error {}

/** The ES module source; throws StandaloneUnavailable when the code needs anything not provided. */
export function generateValidatorModule(schema: EformJsonSchema, label: string): string {
  const ajv = createAjv({ source: true, esm: true, lines: false, formats: _`runtime.formats` });
  const fn = ajv.compile(schema);
  const code = standaloneCode(ajv, fn);
  const head = code.match(/^"use strict";export const validate = (validate\d+);export default \1;/);
  if (!head) throw new StandaloneUnavailable('unexpected standalone code layout');
  let missing: string | null = null;
  const body = code.slice(head[0].length).replace(/require\("([^"]+)"\)\.default/g, (_m, name: string) => {
    const provided = RUNTIME[name];
    if (!provided) missing = name;
    return provided ?? 'undefined';
  });
  if (missing) throw new StandaloneUnavailable(`the code needs ${missing}`);
  // Fail closed on anything that could load or evaluate code (patterns are plain string literals, so
  // a pattern spelling one of these also refuses: the browser then validates through the server).
  if (/\brequire\s*\(|\bimport\s*\(|\beval\s*\(|\bFunction\s*\(/.test(body))
    throw new StandaloneUnavailable('the code refers to a loader or evaluator');
  return [
    `// Cửa Số: precompiled e-form validator for ${label.replace(/[^\w .#-]/g, '')} (Ajv standalone).`,
    '// Its only free name is `runtime`, given by the page; it evaluates no code at run time.',
    'export default function createValidator(runtime) {',
    body,
    `return ${head[1]};`,
    '}',
    '',
  ].join('\n');
}

type Entry = { hash: string; source: string | null };
const MAX_ENTRIES = 200;
const cache = new Map<string, Entry>();

/** The module of a version, cached by version id and last change (least recently used leave first). */
export function validatorModule(
  key: { id: string; updatedAt: Date | string },
  schema: EformJsonSchema,
  label: string,
): Entry {
  const k = `${key.id}@${new Date(key.updatedAt).getTime()}`;
  let hit = cache.get(k);
  if (hit) cache.delete(k);
  else {
    let source: string | null = null;
    try {
      source = generateValidatorModule(schema, label);
    } catch (e) {
      if (!(e instanceof StandaloneUnavailable)) throw e;
    }
    hit = { hash: validatorHash(schema), source };
  }
  cache.set(k, hit);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return hit;
}

/** Where a browser loads a version's validator; the hash makes the address change with the content. */
export const validatorUrl = (code: string, version: number, schema: EformJsonSchema) =>
  `/api/v1/procedures/${code}/versions/${version}/validator.js?v=${validatorHash(schema)}`;
