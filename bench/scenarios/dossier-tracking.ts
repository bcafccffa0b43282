import { type RunningServer, startServer } from '../lib/app';
import { codeSequence, seedBenchItems } from '../lib/bench-items';
import {
  birthRegistrationPlan,
  DEMO_CITIZENS,
  pdfFactory,
  signIn,
  startDossierApp,
  uploadAndSubmit,
} from '../lib/dossier-app';
import { get } from '../lib/http';
import { type LoadResult, runLoad } from '../lib/load';
import type { Measurement, Scenario } from '../lib/scenario';

const DOSSIERS = 300;
const CREATORS = 6;
const BENCH_ITEMS = 100_000;
const CONNECTIONS = 50;
const WARMUP_SECONDS = 2;
const SECONDS = 10;
const ORDER = ['bare', 'app', 'app', 'bare'] as const;
type Side = (typeof ORDER)[number];

function summarise(label: Side, slices: LoadResult[]) {
  const sum = (f: (r: LoadResult) => number) => slices.reduce((acc, r) => acc + f(r), 0);
  const bad = sum((r) => r.non2xx + r.errors + r.timeouts);
  return {
    rps: { label, value: sum((r) => r.rps) / slices.length, unit: 'req/s' } satisfies Measurement,
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

export const dossierTracking: Scenario = {
  name: 'dossier-tracking',
  summary:
    `Public tracking GET /api/v1/tracking/{code}?phone=<last 4> over ${DOSSIERS} dossiers submitted through the API ` +
    `(dist/server/main.js, TRACKING_RATE_LIMIT_PER_MINUTE raised) vs the bare node:http + pg server of public-read ` +
    `(one indexed SELECT); autocannon, ${CONNECTIONS} connections, ${SECONDS} s per side in slices ${ORDER.join(', ')}.`,
  target: { on: 'ratio', op: '>=', limit: 0.6 },
  async run(ctx) {
    const pg = await ctx.postgres();
    const url = await pg.createDatabase('cuaso_dossier_tracking');
    const servers: Partial<Record<Side, RunningServer>> = {};
    try {
      servers.app = await startDossierApp(ctx, url, 'app (dossier-tracking)');
      const app = servers.app;
      ctx.log(`submitting ${DOSSIERS} dossiers`);
      const sessions = await Promise.all(DEMO_CITIZENS.map((phone) => signIn(app.baseUrl, phone)));
      const plan = await birthRegistrationPlan(app.baseUrl);
      const pdf = await pdfFactory(20);
      const tracked: string[] = [];
      let next = 0;
      await Promise.all(
        Array.from({ length: CREATORS }, async (_, c) => {
          for (let i = next++; i < DOSSIERS; i = next++) {
            const citizen = i % sessions.length;
            const d = await uploadAndSubmit(
              app.baseUrl,
              sessions[citizen]!,
              plan,
              pdf.next(),
              `Trần Con ${c} ${i}`,
            );
            tracked.push(
              `/api/v1/tracking/${encodeURIComponent(d.code)}?phone=${DEMO_CITIZENS[citizen]!.slice(-4)}`,
            );
          }
        }),
      );
      const probe = await get(`${app.baseUrl}${tracked[0]}`);
      if (probe.status !== 200) throw new Error(`tracking answered ${probe.status}: ${probe.body}`);
      // The route's limit is TRACKING_RATE_LIMIT_PER_MINUTE; if the app ignored it, the 31st lookup is refused.
      for (let i = 0; i < 40; i++) {
        const r = await get(`${app.baseUrl}${tracked[i % tracked.length]}`);
        if (r.status === 429)
          throw new Error(
            'the tracking route refuses after 30 lookups a minute: its limit is not configurable ' +
              '(TRACKING_RATE_LIMIT_PER_MINUTE is needed) and blocks this bench',
          );
      }

      ctx.log(`seeding ${BENCH_ITEMS} bench_items rows for the bare server`);
      await seedBenchItems(url, BENCH_ITEMS);
      servers.bare = await startServer(ctx.root, {
        name: 'bare server',
        entry: 'bench/lib/bare-server.ts',
        env: { DATABASE_URL: url },
      });

      let cursor = 0;
      const nextTracking = () => tracked[cursor++ % tracked.length]!;
      const nextItem = codeSequence(BENCH_ITEMS);
      const load = (side: Side, seconds: number) =>
        runLoad({
          url: servers[side]!.baseUrl,
          connections: CONNECTIONS,
          seconds,
          nextPath: side === 'app' ? nextTracking : () => `/api/v1/bench-items/${nextItem()}`,
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
      const appSide = summarise('app', slices.app);
      const bare = summarise('bare', slices.bare);
      return {
        figure: { ...appSide.rps, label: 'tracking' },
        baseline: bare.rps,
        extra: [...appSide.extra, ...bare.extra],
        notes: [
          `slices in req/s: ${trace.join(', ')}`,
          `${tracked.length} dossiers of ${sessions.length} citizens, looked up round-robin; a lookup is one ` +
            "primary-key SELECT of the stored tracking document (the warm-up's first lookup of each dossier " +
            'builds and stores it), as the bare server sends one primary-key SELECT',
          ...appSide.notes,
          ...bare.notes,
        ],
      };
    } finally {
      await Promise.all([servers.app?.stop(), servers.bare?.stop()]);
    }
  },
};
