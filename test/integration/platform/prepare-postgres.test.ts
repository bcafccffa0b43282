// The server on PostgreSQL (start.ts `preparePlatform`): a start with one-off work (migrations, demo
// data) does it in a short-lived child process, then serves from its own process. Needs the
// PostgreSQL 15 binaries the benchmarks use (bench/lib/postgres.ts); skipped without them.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { type PostgresServer, startPostgres } from '../../../bench/lib/postgres';
import { DEMO_PASSWORD } from '../../support/identity';

const ROOT = join(import.meta.dirname, '../../..');

function hasPostgres(): boolean {
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    if (existsSync(join(dir, 'initdb'))) return true;
  } catch {
    // no pg_config: Debian's location below
  }
  return existsSync('/usr/lib/postgresql/15/bin/initdb');
}

async function count(url: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>(sql)).rows[0]!.n;
  } finally {
    await client.end();
  }
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** Command lines of the child processes of `pid` right now (from /proc, as bench/lib/memory.ts). */
function childCommands(pid: number): string[] {
  return readdirSync(`/proc/${pid}/task`)
    .flatMap((tid) => readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/))
    .filter(Boolean)
    .map((child) => readFileSync(`/proc/${child}/cmdline`, 'utf8').replaceAll('\0', ' '));
}

async function startApp(url: string, dataDir: string) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LOG_LEVEL: 'warn',
      DATABASE_URL: url,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
  });
  let output = '';
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  // How it ended, then the end of what it printed: a failure report may be cut after a few lines.
  const exited = new Promise<string>((resolve) =>
    child.on('exit', (code, signal) =>
      resolve(`exit ${code ?? signal}\n${output.split('\n').slice(-40).join('\n')}`),
    ),
  );
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    if (
      await fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() - started > 240_000) {
      child.kill('SIGKILL');
      throw new Error(`server not ready:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { child, base, exited };
}

describe('the server on PostgreSQL prepares the database in a child process', {
  skip: hasPostgres() ? false : 'PostgreSQL 15 binaries not found',
}, () => {
  let server: PostgresServer;
  let url: string;
  const dataDir = mkdtempSync(join(tmpdir(), 'cuaso-prep-'));
  before(async () => {
    server = await startPostgres();
    url = await server.createDatabase('cuaso_prepare');
  });
  after(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a first start migrates and seeds there, then serves the demo data; a second start too', async () => {
    const dossiers: number[] = [];
    for (const round of ['first', 'second']) {
      const app = await startApp(url, dataDir);
      try {
        // The preparing process has exited by the time the server answers (tsx's esbuild may remain).
        const left = childCommands(app.child.pid!).filter((c) => c.includes('prepare-process'));
        assert.deepEqual(left, [], `${round} start left the preparing process`);
        const login = await fetch(`${app.base}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ login: '0900000001', password: DEMO_PASSWORD }),
        });
        assert.equal(login.status, 200, `${round} start: the demo citizen signs in`);
        const mine = await fetch(`${app.base}/api/v1/me/dossiers`, {
          headers: {
            cookie: login.headers
              .getSetCookie()
              .map((c) => c.split(';')[0])
              .join('; '),
          },
        });
        assert.equal(mine.status, 200);
        const body = (await mine.json()) as { items: unknown[] };
        assert.ok(body.items.length > 0, `${round} start: the demo citizen has demo dossiers`);
      } finally {
        app.child.kill('SIGTERM');
        const ended = await app.exited;
        assert.ok(ended.startsWith('exit 0\n'), `${round} start stopped badly on SIGTERM: ${ended}`);
      }
      dossiers.push(await count(url, 'select count(*)::int as n from dossiers'));
    }
    // The second start's preparation found the demo data there and added none.
    assert.ok(dossiers[0]! > 0);
    assert.equal(dossiers[1], dossiers[0]);
  });
});
