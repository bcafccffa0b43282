// `npm run bench [-- --only name[,name]]`: starts a throw-away PostgreSQL 15, runs the scenarios,
// writes bench/results/latest.{json,md}, prints the table and stops everything it started.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { onCleanup, removeTempDir, runCleanups } from './lib/cleanup';
import { type PostgresServer, startPostgres } from './lib/postgres';
import {
  formatLine,
  machineInfo,
  recordError,
  recordOutcome,
  type ScenarioRecord,
  writeReport,
} from './lib/results';
import type { BenchContext } from './lib/scenario';
import { scenarios } from './scenarios';

const root = join(import.meta.dirname, '..');
const log = (message: string) => process.stdout.write(`bench: ${message}\n`);

const { values } = parseArgs({ options: { only: { type: 'string', multiple: true } } });
const wanted = (values.only ?? []).flatMap((v) => v.split(',')).filter(Boolean);
const unknown = wanted.filter((name) => !scenarios.some((s) => s.name === name));
if (unknown.length) {
  process.stderr.write(
    `bench: unknown scenario ${unknown.join(', ')}; known: ${scenarios.map((s) => s.name).join(', ')}\n`,
  );
  process.exit(2);
}
const selected = wanted.length ? scenarios.filter((s) => wanted.includes(s.name)) : scenarios;

// The app is measured as `npm start` runs it: the built bundle and web app.
log('building dist/ if stale');
execFileSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: root, stdio: 'inherit' });

// Stop everything at once; the scenario running now fails as its servers go away, and no report is written.
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    interrupted = true;
    log(`${signal}: stopping everything started`);
    runCleanups().finally(() => process.exit(130));
  });

const machine = machineInfo();
try {
  machine.commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
} catch {
  // not a git checkout: the report goes without a commit
}

const tmp = mkdtempSync(join(tmpdir(), 'cuaso-bench-'));
onCleanup('remove bench temp dir', () => removeTempDir(tmp));
let postgres: Promise<PostgresServer> | undefined;
const ctx: BenchContext = {
  root,
  tmp,
  postgres: () => {
    postgres ??= startPostgres().then((server) => {
      machine.postgres = server.version;
      log(`PostgreSQL ${server.version} on 127.0.0.1:${server.port}`);
      return server;
    });
    return postgres;
  },
  log,
};

const records: ScenarioRecord[] = [];
let failed = false;
try {
  for (const scenario of selected) {
    if (interrupted) break;
    log(`${scenario.name}: ${scenario.summary}`);
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      records.push(recordOutcome(scenario, await scenario.run(ctx), seconds()));
    } catch (e) {
      if (interrupted) break;
      failed = true;
      records.push(recordError(scenario, e, seconds()));
      process.stderr.write(`bench: ${scenario.name} failed: ${(e as Error).stack ?? e}\n`);
    }
    process.stdout.write(`${formatLine(records.at(-1)!)}\n`);
  }
  if (!interrupted) {
    const report = { date: new Date().toISOString(), machine, scenarios: records };
    const md = writeReport(join(root, 'bench/results'), report);
    process.stdout.write(`\n${md}\nwritten to bench/results/latest.json and latest.md\n`);
  }
} finally {
  await runCleanups();
}
process.exit(interrupted ? 130 : failed ? 1 : 0);
