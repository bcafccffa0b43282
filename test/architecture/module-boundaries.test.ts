import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { boundaryViolations } from './boundaries';

const ROOT = resolve(import.meta.dirname, '../..');

describe('module boundaries', () => {
  it('modules import other modules only through their index.ts, and the platform imports none', () => {
    const violations = boundaryViolations({
      modules: join(ROOT, 'src/server/modules'),
      platform: join(ROOT, 'src/server/platform'),
    });
    assert.deepEqual(violations, []);
  });

  it('reports a module reaching into another module’s files, and the platform importing a module', () => {
    const root = mkdtempSync(join(tmpdir(), 'cuaso-arch-'));
    const write = (path: string, content: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    };
    write('modules/identity/index.ts', 'export const x = 1;');
    write('modules/identity/repo.ts', 'export const y = 1;');
    write('modules/types.ts', 'export type T = 1;');
    write(
      'modules/dossiers/services/ok.ts',
      "import { x } from '../../identity';\nimport type { T } from '../../types';",
    );
    write('modules/dossiers/services/bad.ts', "import { y } from '../../identity/repo';");
    write('modules/dossiers/own.ts', "import { z } from './services/ok';");
    write('platform/db/bad.ts', "import { x } from '../../modules/identity/index';");
    try {
      const violations = boundaryViolations({
        modules: join(root, 'modules'),
        platform: join(root, 'platform'),
      });
      assert.equal(violations.length, 2, violations.join('\n'));
      assert.ok(violations.some((v) => v.includes('bad.ts: imports ../../identity/repo')));
      assert.ok(violations.some((v) => v.includes('the platform imports module identity')));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
