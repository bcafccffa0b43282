import equalModule from 'ajv/dist/runtime/equal.js';
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { Eform } from './catalog';
import { type AjvValidate, type CompiledEform, wrapValidator } from './eform-messages';

/**
 * The precompiled e-form validator a browser loads instead of compiling (the portal's
 * Content-Security-Policy forbids 'unsafe-eval', so Ajv cannot compile there).
 *
 * The server generates Ajv "standalone" code per procedure version and serves it as an ES module
 * (`GET /api/v1/procedures/{code}/versions/{n}/validator.js`) that exports one factory,
 * `createValidator(runtime)`. The generated code refers to nothing but its argument: the helpers Ajv's
 * standalone code would `require` are passed in from here — the very Ajv and ajv-formats modules the
 * server validates with — so both sides run the same checks, and `wrapValidator` words the errors the
 * same way.
 */

// CommonJS modules with `exports.default`: bundlers give the function, Node's ESM loader the exports object.
const unwrap = <T>(m: T | { default: T }): T =>
  typeof m === 'function' ? (m as T) : (m as { default: T }).default;

export const standaloneRuntime = Object.freeze({
  ucs2length: unwrap(ucs2lengthModule as unknown as (s: string) => number),
  equal: unwrap(equalModule as unknown as (a: unknown, b: unknown) => boolean),
  formats: fullFormats,
});
export type StandaloneRuntime = typeof standaloneRuntime;

/** What the served module exports. */
export type ValidatorModule = { default: (runtime: StandaloneRuntime) => AjvValidate };

/** The served module made into the same validator the server uses. */
export function instantiateValidator(module: ValidatorModule, eform: Eform): CompiledEform {
  if (typeof module?.default !== 'function') throw new Error('not an e-form validator module');
  const fn = module.default(standaloneRuntime);
  if (typeof fn !== 'function') throw new Error('the validator module did not return a function');
  return wrapValidator(fn, eform);
}
