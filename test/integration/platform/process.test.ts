import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const ROOT = join(import.meta.dirname, '../../..');

function run(env: Record<string, string>, args = ['src/server/main.ts']) {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...env },
  });
  let output = '';
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

async function waitReady(port: number, child: ChildProcess, timeoutMs = 60_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child.exitCode !== null) throw new Error('server exited early');
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server not ready');
}

describe('the server process', () => {
  const dirs: string[] = [];
  const dataDir = () => {
    const d = mkdtempSync(join(tmpdir(), 'cuaso-proc-'));
    dirs.push(d);
    return d;
  };
  after(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('exits with a message naming a malformed variable', async () => {
    const p = run({ PORT: 'abc', DATA_DIR: dataDir() });
    assert.equal(await p.exited, 1);
    assert.match(p.output(), /PORT:/);
    assert.doesNotMatch(p.output(), /at .*\.ts:\d+/);
  });

  it('refuses insecure defaults in production', async () => {
    const p = run({ NODE_ENV: 'production', DATA_DIR: dataDir() });
    assert.equal(await p.exited, 1);
    assert.match(p.output(), /SECRET_KEY: required/);
  });

  it('exits with a clear message when the database is unreachable', async () => {
    const port = await freePort();
    const p = run({ DATABASE_URL: `postgres://nobody@127.0.0.1:${port}/none`, DATA_DIR: dataDir() });
    assert.equal(await p.exited, 1);
    assert.match(p.output(), /cannot connect to the database \(DATABASE_URL\)/);
  });

  it('serves, then drains and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const p = run({ PORT: String(port), DATA_DIR: dataDir(), JOBS: 'inline', LOG_LEVEL: 'info' });
    await waitReady(port, p.child);
    const site = await fetch(`http://127.0.0.1:${port}/api/v1/site`);
    assert.equal(site.status, 200);
    const inFlight = fetch(`http://127.0.0.1:${port}/api/v1/admin-units?q=thanh&limit=200`);
    p.child.kill('SIGTERM');
    const res = await inFlight.catch(() => undefined);
    assert.ok(
      !res || res.status === 200 || res.status === 503,
      'an in-flight request finishes or is refused cleanly',
    );
    assert.equal(await p.exited, 0);
    assert.match(p.output(), /shutting down/);
    assert.match(p.output(), /"msg":"stopped"/);
  });

  it('answers `cuaso migrate` and `cuaso audit verify` from the command line', async () => {
    const dir = dataDir();
    const migrate = run({ DATA_DIR: dir }, ['src/server/cli.ts', 'migrate']);
    assert.equal(await migrate.exited, 0);
    assert.match(migrate.output(), /applied: 0001_platform\.sql/);
    const again = run({ DATA_DIR: dir }, ['src/server/cli.ts', 'migrate']);
    assert.equal(await again.exited, 0);
    assert.match(again.output(), /up to date/);
    const verify = run({ DATA_DIR: dir }, ['src/server/cli.ts', 'audit', 'verify']);
    assert.equal(await verify.exited, 0);
    assert.match(verify.output(), /audit log: intact/);
  });
});
