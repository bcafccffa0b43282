// Builds the web app when dist/web is missing or older than its sources, so `npm start` serves
// the current faces without a rebuild on every start.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const out = join('dist', 'web', 'index.html');
const inputs = ['src/web', 'src/contracts', 'vite.config.ts', 'package-lock.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

if (existsSync(out) && statSync(out).mtimeMs >= Math.max(...inputs.map(newest))) process.exit(0);
console.log('Building the web app (vite build)…');
const result = spawnSync(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'build', '--config', 'vite.config.ts'],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
process.exit(result.status ?? 1);
