import { join } from 'node:path';
import { freePort, waitForOk } from './http';
import { childEnv, type NodeChild, spawnNode } from './processes';

export type RunningServer = {
  child: NodeChild;
  baseUrl: string;
  /** From spawn to the first 200 from /readyz. */
  readyMs: number;
  stop(): Promise<void>;
};

/**
 * Starts `node --import tsx <entry>` on a free port of 127.0.0.1 with only `env` (plus PATH and
 * friends) and waits for /readyz. Used for the app, the app with the bench route and the bare server.
 */
export async function startServer(
  root: string,
  options: { name: string; entry: string; env: Record<string, string>; timeoutMs?: number },
): Promise<RunningServer> {
  const port = await freePort();
  const env = childEnv({ HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', ...options.env });
  const started = performance.now();
  // Built JavaScript (what `npm start` runs) starts as is; TypeScript entries go through tsx.
  const loader = options.entry.endsWith('.ts') ? ['--import', 'tsx'] : [];
  // BENCH_CPU_PROF=<dir>: every server writes a V8 CPU profile there when it stops (for finding what
  // limits a scenario; profiling slows the servers, so figures of such a run are not comparable).
  const profile = process.env.BENCH_CPU_PROF
    ? [
        '--cpu-prof',
        '--cpu-prof-dir',
        process.env.BENCH_CPU_PROF,
        '--cpu-prof-name',
        `${options.name}.${port}.cpuprofile`,
      ]
    : [];
  // BENCH_NODE_FLAGS: more flags for every server (a trial of V8 or Node options, e.g. `--trace-gc`).
  const flags = process.env.BENCH_NODE_FLAGS?.split(/\s+/).filter(Boolean) ?? [];
  const child = spawnNode(options.name, [...flags, ...profile, ...loader, join(root, options.entry)], {
    cwd: root,
    env,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForOk(`${baseUrl}/readyz`, child, options.timeoutMs ?? 60_000);
  } catch (e) {
    await child.stop();
    throw e;
  }
  return { child, baseUrl, readyMs: performance.now() - started, stop: () => child.stop() };
}
