import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function relativeImports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [...src.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? '').filter((s) => s.startsWith('.'));
}

/**
 * Violations of the module rule: a module may import another module only through its index.ts,
 * and the platform imports no module at all.
 */
export function boundaryViolations(roots: { modules: string; platform: string }): string[] {
  const moduleOf = (path: string) => {
    const rel = relative(roots.modules, path);
    return rel.startsWith('..') || rel === '' ? undefined : rel.split(sep)[0]?.replace(/\.tsx?$/, '');
  };
  const isModuleDir = (name: string) => !/\.tsx?$/.test(name);
  const out: string[] = [];
  for (const file of [...filesUnder(roots.modules), ...filesUnder(roots.platform)]) {
    const ownRel = relative(roots.modules, file).split(sep);
    const own = ownRel.length > 1 ? ownRel[0] : undefined; // files directly under modules/ belong to none
    for (const spec of relativeImports(file)) {
      const target = resolve(dirname(file), spec).replace(/\.(ts|tsx|js)$/, '');
      const other = moduleOf(target);
      if (!other || !isModuleDir(relative(roots.modules, target).split(sep)[0] ?? '')) continue;
      const isIndex = target === join(roots.modules, other) || target === join(roots.modules, other, 'index');
      if (file.startsWith(roots.platform)) out.push(`${file}: the platform imports module ${other}`);
      else if (own && own !== other && !isIndex)
        out.push(`${file}: imports ${spec}, a file of module ${other} other than its index.ts`);
    }
  }
  return out;
}
