import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { onCleanup } from './cleanup';

export type NodeChild = {
  name: string;
  pid: number;
  hasExited(): boolean;
  /** `running`, `exit 1`, `signal SIGTERM`… for error messages. */
  status(): string;
  /** Resolves with the exit code (null when a signal ended it, -1 when it could not start). */
  exit: Promise<number | null>;
  /** The last ~20 kB of its stdout and stderr, for error messages. */
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
  stop(graceMs?: number): Promise<void>;
};

/**
 * Only what a process needs to run; no variable of the caller's (DATABASE_URL, PORT…) leaks into a
 * child's configuration by accident.
 */
export function childEnv(vars: Record<string, string>): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'TZ', 'LANG', 'LC_ALL'];
  const base = Object.fromEntries(keep.flatMap((k) => (process.env[k] ? [[k, process.env[k]]] : [])));
  return { ...base, ...vars };
}

/** Spawns `node <args>` (no shell, so `pid` is the node process itself) and registers its stop. */
export function spawnNode(name: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
  const proc = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const keep = (chunk: Buffer) => {
    out = (out + chunk.toString('utf8')).slice(-20_000);
  };
  proc.stdout.on('data', keep);
  proc.stderr.on('data', keep);
  let exited = false;
  let status = 'running';
  const exit = new Promise<number | null>((resolve) => {
    proc.once('exit', (code, signal) => {
      exited = true;
      status = signal ? `signal ${signal}` : `exit ${code}`;
      resolve(code);
    });
    proc.once('error', (err) => {
      exited = true;
      status = 'not started';
      keep(Buffer.from(`spawn failed: ${err.message}\n`));
      resolve(-1);
    });
  });

  let stopping: Promise<void> | undefined;
  const stop = (graceMs = 15_000) => {
    stopping ??= (async () => {
      if (!exited) {
        proc.kill('SIGTERM');
        const inTime = await Promise.race([
          exit.then(() => true),
          sleep(graceMs, undefined, { ref: false }).then(() => false),
        ]);
        if (!inTime) {
          proc.kill('SIGKILL');
          await exit;
        }
      }
      dropCleanup();
    })();
    return stopping;
  };
  const dropCleanup = onCleanup(`stop ${name}`, () => stop());

  const child: NodeChild = {
    name,
    pid: proc.pid ?? -1,
    hasExited: () => exited,
    status: () => status,
    exit,
    output: () => out,
    stop,
  };
  return child;
}

/** Runs `node <args>` to completion and returns how long it took, from spawn to exit, in ms. */
export async function timeNode(args: string[], cwd: string, timeoutMs = 60_000): Promise<number> {
  const started = performance.now();
  const child = spawnNode(`node ${args.join(' ')}`, args, { cwd, env: childEnv({}) });
  const code = await Promise.race([
    child.exit,
    sleep(timeoutMs, undefined, { ref: false }).then(() => 'timeout' as const),
  ]);
  const elapsed = performance.now() - started;
  await child.stop();
  if (code !== 0) throw new Error(`node ${args.join(' ')} ended with ${code}:\n${child.output()}`);
  return elapsed;
}
