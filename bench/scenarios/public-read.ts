import { isDeepStrictEqual } from 'node:util';
import { type RunningServer, startServer } from '../lib/app';
import { benchItemCode, codeSequence, seedBenchItems } from '../lib/bench-items';
import { get } from '../lib/http';
import { type LoadResult, runLoad } from '../lib/load';
import type { Measurement, Scenario } from '../lib/scenario';

const ROWS = 100_000;
const CONNECTIONS = 50;
const WARMUP_SECONDS = 2;
const SECONDS = 10;
/**
 * Each side's 10 s run in two 5 s slices, ordered bare, app, app, bare: a background load that
 * rises or falls during the run (another job on the machine) weighs on both sides alike.
 */
const ORDER = ['bare', 'app', 'app', 'bare'] as const;
type Side = (typeof ORDER)[number];

/** One lookup of the same row on a server, parsed; both sides must answer the same document. */
async function sample(server: RunningServer): Promise<unknown> {
  const probe = await get(`${server.baseUrl}/api/v1/bench-items/${benchItemCode(4242)}`);
  if (probe.status !== 200)
    throw new Error(
      `${server.child.name}: lookup answered ${probe.status}: ${probe.body}\n${server.child.output()}`,
    );
  return JSON.parse(probe.body);
}

function summarise(
  label: Side,
  slices: LoadResult[],
): { rps: Measurement; extra: Measurement[]; notes: string[] } {
  const sum = (f: (r: LoadResult) => number) => slices.reduce((acc, r) => acc + f(r), 0);
  const bad = sum((r) => r.non2xx + r.errors + r.timeouts);
  return {
    rps: { label, value: sum((r) => r.rps) / slices.length, unit: 'req/s' },
    extra: [
      { label: `${label} p50 (mean of slices)`, value: sum((r) => r.p50) / slices.length, unit: 'ms' },
      { label: `${label} p99 (worst slice)`, value: Math.max(...slices.map((r) => r.p99)), unit: 'ms' },
    ],
    notes: bad
      ? [
          `${label}: ${sum((r) => r.non2xx)} non-2xx, ${sum((r) => r.errors)} errors, ` +
            `${sum((r) => r.timeouts)} timeouts of ${sum((r) => r.requests)} requests`,
        ]
      : [],
  };
}

export const publicRead: Scenario = {
  name: 'public-read',
  summary:
    'GET one row by primary key (100k-row table) through the full app stack (createPlatform + buildApp + one ' +
    'zod route, jobs inline) vs a bare node:http + pg server; autocannon, ' +
    `${CONNECTIONS} connections, ${SECONDS} s per side after a ${WARMUP_SECONDS} s warm-up, in slices ordered ` +
    `${ORDER.join(', ')}.`,
  target: { on: 'ratio', op: '>=', limit: 0.6 },
  async run(ctx) {
    const pg = await ctx.postgres();
    const url = await pg.createDatabase('cuaso_public_read');
    ctx.log(`seeding ${ROWS} bench_items rows`);
    await seedBenchItems(url, ROWS);

    const servers: Partial<Record<Side, RunningServer>> = {};
    try {
      servers.bare = await startServer(ctx.root, {
        name: 'bare server',
        entry: 'bench/lib/bare-server.ts',
        env: { DATABASE_URL: url },
      });
      servers.app = await startServer(ctx.root, {
        name: 'app with read route',
        entry: 'bench/lib/app-with-read.ts',
        env: { DATABASE_URL: url, RATE_LIMIT_PER_MINUTE: '100000000', DEMO: 'false' },
      });
      const [bareDoc, appDoc] = [await sample(servers.bare), await sample(servers.app)];
      if (!isDeepStrictEqual(bareDoc, appDoc))
        throw new Error(
          `the two sides answer differently: ${JSON.stringify(appDoc)} vs ${JSON.stringify(bareDoc)}`,
        );

      const nextCode = { bare: codeSequence(ROWS), app: codeSequence(ROWS) };
      const load = (side: Side, seconds: number) =>
        runLoad({
          url: servers[side]!.baseUrl,
          connections: CONNECTIONS,
          seconds,
          nextPath: () => `/api/v1/bench-items/${nextCode[side]()}`,
        });
      ctx.log('warm-up');
      await load('bare', WARMUP_SECONDS);
      await load('app', WARMUP_SECONDS);
      const slices: Record<Side, LoadResult[]> = { bare: [], app: [] };
      const trace: string[] = [];
      for (const side of ORDER) {
        ctx.log(`${side}: ${SECONDS / 2} s`);
        const result = await load(side, SECONDS / 2);
        slices[side].push(result);
        trace.push(`${side} ${result.rps.toFixed(0)}`);
      }

      const app = summarise('app', slices.app);
      const bare = summarise('bare', slices.bare);
      return {
        figure: app.rps,
        baseline: bare.rps,
        extra: [...app.extra, ...bare.extra],
        notes: [`slices in req/s: ${trace.join(', ')}`, ...app.notes, ...bare.notes],
      };
    } finally {
      await Promise.all([servers.app?.stop(), servers.bare?.stop()]);
    }
  },
};
