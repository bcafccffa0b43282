import type { Eform } from '../../../../contracts/catalog';
import { type CompiledEform, compileEform } from '../../../../contracts/eform-validate';

const MAX_ENTRIES = 500;
const cache = new Map<string, CompiledEform>();

/**
 * Compiled e-forms by version (id and last change): compiling costs milliseconds, validating
 * microseconds. Least recently used entries leave first.
 */
export function compiledEform(key: { id: string; updatedAt: Date | string }, eform: Eform): CompiledEform {
  const k = `${key.id}@${new Date(key.updatedAt).getTime()}`;
  let hit = cache.get(k);
  if (hit) cache.delete(k);
  else hit = compileEform(eform);
  cache.set(k, hit);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return hit;
}
