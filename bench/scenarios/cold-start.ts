import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startServer } from '../lib/app';
import { onCleanup } from '../lib/cleanup';
import { timeNode } from '../lib/processes';
import type { Scenario } from '../lib/scenario';
import { median } from '../lib/stats';

const run = promisify(execFile);

const WARM_RUNS = 2;
const BASELINE_RUNS = 3;

/** `npm start` runs the built bundle and serves the built web app: build both first, as its prestart does. */
async function ensureBuild(root: string): Promise<string> {
  const abort = new AbortController();
  const dropCleanup = onCleanup('stop the build', () => abort.abort());
  try {
    await run(process.execPath, ['scripts/build.mjs', '--if-stale'], {
      cwd: root,
      timeout: 300_000,
      signal: abort.signal,
    });
    return 'built dist/web and dist/server first (scripts/build.mjs --if-stale, as `npm start` does)';
  } finally {
    dropCleanup();
  }
}

export const coldStart: Scenario = {
  name: 'cold-start',
  summary:
    'Spawn `node dist/server/main.js` (what `npm start` runs after its build) on embedded PGlite to the first 200 from /readyz: once on an ' +
    `empty DATA_DIR (initdb, migrations, demo data), then ${WARM_RUNS} times on that DATA_DIR (figure: their ` +
    'median); baseline: `node -e 0`. The target on the warm start is absolute.',
  target: { on: 'figure', op: '<', limit: 5000, unit: 'ms' },
  async run(ctx) {
    const notes = [await ensureBuild(ctx.root)];

    const bareNode: number[] = [];
    const tsxNode: number[] = [];
    for (let i = 0; i < BASELINE_RUNS; i++) {
      bareNode.push(await timeNode(['-e', '0'], ctx.root));
      tsxNode.push(await timeNode(['--import', 'tsx', '-e', '0'], ctx.root));
    }

    const dataDir = mkdtempSync(join(ctx.tmp, 'cold-start-'));
    const starts: number[] = [];
    for (let i = 0; i <= WARM_RUNS; i++) {
      ctx.log(i === 0 ? 'first start on an empty DATA_DIR' : `warm start ${i}`);
      const server = await startServer(ctx.root, {
        name: 'app (PGlite)',
        entry: 'dist/server/main.js',
        env: { DATA_DIR: dataDir },
        timeoutMs: 180_000,
      });
      starts.push(server.readyMs);
      await server.stop();
      const code = await server.child.exit;
      // An unclean stop would make the next start recover the database: not a warm start.
      if (code !== 0)
        notes.push(`start ${i + 1} did not stop cleanly (exit ${code}): ${server.child.output()}`);
    }
    const [first = Number.NaN, ...warm] = starts;

    return {
      figure: { label: 'app warm', value: median(warm), unit: 'ms' },
      baseline: { label: 'node -e 0', value: median(bareNode), unit: 'ms' },
      extra: [
        { label: 'app first start (empty DATA_DIR)', value: first, unit: 'ms' },
        ...warm.map((ms, i) => ({ label: `app warm start ${i + 1}`, value: ms, unit: 'ms' })),
        { label: 'node --import tsx -e 0', value: median(tsxNode), unit: 'ms' },
        { label: 'first start / node --import tsx -e 0', value: first / median(tsxNode), unit: '×' },
      ],
      notes,
    };
  },
};
