import { startServer } from '../lib/app';
import { runLoad } from '../lib/load';
import type { Scenario } from '../lib/scenario';

const CONNECTIONS = 20;
const SLICE_SECONDS = 5;

/** Signs in through the API and returns the session cookie. */
async function sessionCookie(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: '0900000001', password: 'CuaSo@2026' }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (res.status !== 200 || !cookie) throw new Error(`sign-in failed: ${res.status}`);
  return cookie;
}

export const authRead: Scenario = {
  name: 'auth-read',
  summary:
    `GET /api/v1/agencies with a citizen's session cookie vs the same route anonymously, ${CONNECTIONS} connections, ` +
    `slices anonymous, signed-in, signed-in, anonymous of ${SLICE_SECONDS} s; mean latency (the session lookup is the difference).`,
  target: { on: 'ratio', op: '<', limit: 1.15 },
  async run(ctx) {
    const pg = await ctx.postgres();
    const url = await pg.createDatabase('cuaso_auth_read');
    const server = await startServer(ctx.root, {
      name: 'app',
      entry: 'dist/server/main.js',
      env: { DATABASE_URL: url, DEMO: 'true', RATE_LIMIT_PER_MINUTE: '100000000' },
    });
    try {
      const cookie = await sessionCookie(server.baseUrl);
      const load = (signedIn: boolean, seconds: number) =>
        runLoad({
          url: `${server.baseUrl}/api/v1/agencies`,
          connections: CONNECTIONS,
          seconds,
          ...(signedIn ? { headers: { cookie } } : {}),
        });
      await load(false, 2);
      await load(true, 2);
      const results = {
        anonymous: [] as number[],
        signedIn: [] as number[],
        p50: { anonymous: 0, signedIn: 0 },
      };
      for (const signedIn of [false, true, true, false]) {
        const r = await load(signedIn, SLICE_SECONDS);
        if (r.non2xx) throw new Error(`${r.non2xx} non-2xx answers`);
        (signedIn ? results.signedIn : results.anonymous).push(r.meanLatency);
        results.p50[signedIn ? 'signedIn' : 'anonymous'] = Math.max(
          results.p50[signedIn ? 'signedIn' : 'anonymous'],
          r.p50,
        );
      }
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      return {
        figure: { label: 'signed in', value: mean(results.signedIn), unit: 'ms' },
        baseline: { label: 'anonymous', value: mean(results.anonymous), unit: 'ms' },
        extra: [
          { label: 'signed-in p50 (worst slice)', value: results.p50.signedIn, unit: 'ms' },
          { label: 'anonymous p50 (worst slice)', value: results.p50.anonymous, unit: 'ms' },
        ],
      };
    } finally {
      await server.stop();
    }
  },
};
