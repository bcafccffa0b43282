import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { onCleanup, removeTempDir } from './cleanup';
import { freePort } from './http';
import { descendants } from './memory';

const run = promisify(execFile);

export type PostgresServer = {
  port: number;
  /** Directory of the server's binaries (pgbench, psql… for scenarios that need them). */
  bin: string;
  version: string;
  /** postgres:// URL of one database on this server (trust auth, user postgres). */
  url(database?: string): string;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** The postmaster and every process it runs now (backends, writers…), for CPU accounting. */
  pids(): number[];
  stop(): Promise<void>;
};

function binDir(): string {
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    if (existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  } catch {
    // no pg_config on PATH: fall through to Debian's location
  }
  const debian = '/usr/lib/postgresql/15/bin';
  if (existsSync(join(debian, 'initdb'))) return debian;
  throw new Error('PostgreSQL binaries not found: install PostgreSQL 15 or put pg_config on PATH');
}

const isRoot = process.getuid?.() === 0;

/** PostgreSQL refuses to run as root, so as root every server command runs as the postgres user. */
function asPostgres(file: string, args: string[]): [string, string[]] {
  if (!isRoot) return [file, args];
  for (const runuser of ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'])
    if (existsSync(runuser)) return [runuser, ['-u', 'postgres', '--', file, ...args]];
  const quoted = [file, ...args].map((a) => `'${a.replaceAll("'", `'\\''`)}'`).join(' ');
  return ['su', ['postgres', '-c', quoted]];
}

async function pgCommand(file: string, args: string[], timeoutMs: number) {
  const [cmd, cmdArgs] = asPostgres(file, args);
  try {
    return await run(cmd, cmdArgs, { timeout: timeoutMs, encoding: 'utf8' });
  } catch (e) {
    const err = e as Error & { stdout?: string; stderr?: string };
    throw new Error(
      `${file} ${args.join(' ')} failed: ${err.message}\n${err.stdout ?? ''}${err.stderr ?? ''}`,
    );
  }
}

/** initdb into a temp dir and `pg_ctl start` on a free port of 127.0.0.1; `stop()` removes it all. */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'cuaso-bench-pg-'));
  const removeDir = onCleanup('remove PostgreSQL temp dir', () => removeTempDir(dir));
  if (isRoot) {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, id('-u'), id('-g'));
  }
  const data = join(dir, 'data');
  const log = join(dir, 'postgres.log');
  await pgCommand(
    join(bin, 'initdb'),
    ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync'],
    120_000,
  );
  const port = await freePort();
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} ${process.env.BENCH_PG_OPTIONS ?? ''}`;
  const pgCtl = join(bin, 'pg_ctl');
  let running = false;
  let starting: Promise<unknown> | undefined;
  const stop = async () => {
    await starting?.catch(() => {}); // a stop during the start would miss the server it starts
    if (running) {
      running = false;
      await pgCommand(pgCtl, ['-D', data, '-m', 'fast', '-w', '-t', '30', 'stop'], 40_000).catch(() =>
        pgCommand(pgCtl, ['-D', data, '-m', 'immediate', '-w', '-t', '10', 'stop'], 15_000).catch(() => {}),
      );
    }
    dropStop();
    removeDir();
    removeTempDir(dir);
  };
  const dropStop = onCleanup('stop PostgreSQL', stop);
  running = true; // from here on, stop() tries to stop it even if the start fails half-way
  starting = pgCommand(pgCtl, ['-D', data, '-l', log, '-w', '-t', '60', '-o', options, 'start'], 90_000);
  try {
    await starting;
  } catch (e) {
    const tail = existsSync(log) ? readFileSync(log, 'utf8').slice(-4000) : '';
    throw new Error(`${(e as Error).message}\n${tail}`);
  }

  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const admin = async <T>(fn: (client: pg.Client) => Promise<T>) => {
    const client = new pg.Client({ connectionString: url() });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };
  const version = await admin(
    async (c) => (await c.query('show server_version')).rows[0].server_version as string,
  );
  return {
    port,
    bin,
    version,
    url,
    async createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unusual database name: ${name}`);
      await admin((c) => c.query(`create database ${name}`));
      return url(name);
    },
    pids: () => {
      const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
      return descendants(pid);
    },
    stop,
  };
}
