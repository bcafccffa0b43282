// Builds what `npm start` runs: the web app (Vite → dist/web) and the server bundle (esbuild →
// dist/server). With --if-stale each is rebuilt only when missing or older than its sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ifStale = process.argv.includes('--if-stale');

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const fresh = (output, inputs) =>
  ifStale && existsSync(output) && statSync(output).mtimeMs >= Math.max(...inputs.map(newest));

const common = ['src/contracts', 'package-lock.json'];

if (!fresh('dist/web/index.html', ['src/web', 'vite.config.ts', ...common])) {
  console.log('Building the web app (vite build)…');
  const r = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'vite.config.ts'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!fresh('dist/server/main.js', ['src/server', ...common])) {
  console.log('Building the server (esbuild)…');
  const { build } = await import('esbuild');
  await build({
    entryPoints: [
      'src/server/main.ts',
      'src/server/cli.ts',
      'src/server/prepare-process.ts',
      // Beside the chunks that start it (writer-pool.ts looks for it there).
      { in: 'src/server/platform/blobs/blob-writer.worker.ts', out: 'blob-writer.worker' },
    ],
    outdir: 'dist/server',
    bundle: true,
    // Dependencies stay in node_modules; only our own code is bundled.
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    splitting: true,
    sourcemap: true,
    logLevel: 'warning',
  });
}
