import { hashPassword, verifyPassword } from '../../src/server/modules/identity/lib/passwords';
import { startServer } from '../lib/app';
import { runLoad } from '../lib/load';
import type { Scenario } from '../lib/scenario';

const CONNECTIONS = 4;
const SECONDS = 10;

/** argon2id verifications per second with `concurrency` in flight: what sign-in can at most reach. */
async function verifyRate(
  concurrency: number,
  seconds: number,
): Promise<{ perSecond: number; msPerHash: number }> {
  const hash = await hashPassword('CuaSo@2026');
  const singleStart = performance.now();
  for (let i = 0; i < 5; i++) await verifyPassword(hash, 'CuaSo@2026');
  const msPerHash = (performance.now() - singleStart) / 5;
  let done = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        await verifyPassword(hash, 'CuaSo@2026');
        done++;
      }
    }),
  );
  return { perSecond: done / seconds, msPerHash };
}

export const login: Scenario = {
  name: 'login',
  summary:
    `POST /api/v1/auth/login (argon2id, 64 MiB, t=2) at ${CONNECTIONS} connections for ${SECONDS} s vs bare argon2id ` +
    'verifications/s at the same concurrency in one process; the figure per hash is reported beside it (aim 50–100 ms).',
  target: { on: 'ratio', op: '>=', limit: 0.7 },
  async run(ctx) {
    const pg = await ctx.postgres();
    const url = await pg.createDatabase('cuaso_login');
    const server = await startServer(ctx.root, {
      name: 'app',
      entry: 'dist/server/main.js',
      env: {
        DATABASE_URL: url,
        DEMO: 'true',
        AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
        RATE_LIMIT_PER_MINUTE: '1000000',
      },
    });
    try {
      const body = JSON.stringify({ login: '0900000001', password: 'CuaSo@2026' });
      const headers = { 'content-type': 'application/json' };
      await runLoad({
        url: `${server.baseUrl}/api/v1/auth/login`,
        connections: CONNECTIONS,
        seconds: 2,
        method: 'POST',
        headers,
        body,
      });
      ctx.log(`login: ${SECONDS} s`);
      const app = await runLoad({
        url: `${server.baseUrl}/api/v1/auth/login`,
        connections: CONNECTIONS,
        seconds: SECONDS,
        method: 'POST',
        headers,
        body,
      });
      await server.stop();
      ctx.log(`argon2id alone: ${SECONDS} s`);
      const bare = await verifyRate(CONNECTIONS, SECONDS);
      return {
        figure: { label: 'sign-ins', value: app.rps, unit: '/s' },
        baseline: { label: 'argon2id verify', value: bare.perSecond, unit: '/s' },
        extra: [
          { label: 'one argon2id hash', value: bare.msPerHash, unit: 'ms' },
          { label: 'sign-in p50', value: app.p50, unit: 'ms' },
        ],
        notes: app.non2xx ? [`${app.non2xx} non-2xx of ${app.requests}`] : [],
      };
    } finally {
      await server.stop();
    }
  },
};
