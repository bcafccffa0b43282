import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
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

/** The app serves the built web app when it exists; build it once so the start-up includes it. */
async function ensureWebBuild(root: string): Promise<string> {
  if (existsSync(join(root, 'dist/web/index.html')))
    return 'the web app is served from dist/web (already built)';
  if (!existsSync(join(root, 'vite.config.ts')))
    return 'dist/web is missing and there is no vite.config.ts to build it: measured without the web app';
  const abort = new AbortController();
  const dropCleanup = onCleanup('stop the web build', () => abort.abort());
  try {
    await run('npx', ['vite', 'build', '--config', 'vite.config.ts'], {
      cwd: root,
      timeout: 300_000,
      signal: abort.signal,
    });
    return 'built the web app first (npx vite build)';
  } catch (e) {
    return `web build failed, measured without the web app: ${(e as Error).message.split('\n')[0]}`;
  } finally {
    dropCleanup();
  }
}

export const coldStart: Scenario = {
  name: 'cold-start',
  summary:
    'Spawn `node --import tsx src/server/main.ts` on embedded PGlite to the first 200 from /readyz: once on an ' +
    `empty DATA_DIR (initdb, migrations, demo data), then ${WARM_RUNS} times on that DATA_DIR (figure: their ` +
    'median); baseline: `node --import tsx -e 0` (and `node -e 0`). The target on the warm start is absolute.',
  target: { on: 'figure', op: '<', limit: 5000, unit: 'ms' },
  async run(ctx) {
    const notes = [await ensureWebBuild(ctx.root)];

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
        entry: 'src/server/main.ts',
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
      baseline: { label: 'node --import tsx -e 0', value: median(tsxNode), unit: 'ms' },
      extra: [
        { label: 'app first start (empty DATA_DIR)', value: first, unit: 'ms' },
        ...warm.map((ms, i) => ({ label: `app warm start ${i + 1}`, value: ms, unit: 'ms' })),
        { label: 'node -e 0', value: median(bareNode), unit: 'ms' },
        { label: 'first start / node --import tsx -e 0', value: first / median(tsxNode), unit: '×' },
      ],
      notes,
    };
  },
};
