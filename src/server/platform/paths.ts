import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project root, found by walking up to this package's package.json, so data files resolve the
 * same from the TypeScript sources (tsx) and from the built server bundle in dist/.
 */
function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'cuaso') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the cuaso project root');
    dir = parent;
  }
}

export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

export const projectPath = (...segments: string[]) => join(PROJECT_ROOT, ...segments);
