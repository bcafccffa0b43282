import type { App } from '../../src/server/app';
import { modules } from '../../src/server/modules';
import { currentTotp, demoTotpSecret } from '../../src/server/modules/identity/lib/totp';
import type { Platform } from '../../src/server/platform/platform';

export const DEMO_PASSWORD = 'CuaSo@2026';

export type Session = { cookie: string; csrf: string; id: string };

/**
 * Demo data: by default the Thanh Hóa tenant and its procedures; tests that want the demo dossiers
 * too name them (`{ modules: [...DEFAULT_DEMO, 'dossiers'] }`), since they take codes and counts.
 */
export const DEFAULT_DEMO = ['identity', 'catalog'];
export async function seedDemo(platform: Platform, options: { modules?: string[] } = {}) {
  const wanted = options.modules ?? DEFAULT_DEMO;
  for (const mod of modules) if (wanted.includes(mod.name)) await mod.seedDemo?.(platform);
}

/** Signs in through the API and returns the cookie and CSRF token a browser would hold. */
export async function signIn(
  app: App,
  login: string,
  password = DEMO_PASSWORD,
  ip = '10.0.0.1',
): Promise<Session> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { login, password },
    remoteAddress: ip,
  });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${login} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'cuaso_session');
  if (!cookie) throw new Error('no session cookie');
  return { cookie: `cuaso_session=${cookie.value}`, csrf: res.json().csrfToken, id: res.json().id };
}

/** Staff sign-in including the TOTP step with the demo secret. */
export async function signInStaff(app: App, platform: Platform, username: string): Promise<Session> {
  const s = await signIn(app, username);
  const secret = demoTotpSecret(platform.config.secretKey, username);
  // Each time step is accepted once: a second sign-in in the same 30 s uses the next step's code
  // (inside the allowed drift), a third waits for the next step.
  for (const offset of [0, 30_000, 30_000]) {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa/verify',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      payload: { code: currentTotp(secret, Date.now() + offset) },
    });
    if (res.statusCode === 200) return s;
    if (offset && res.statusCode === 400)
      await new Promise((r) => setTimeout(r, 30_000 - (Date.now() % 30_000) + 50));
  }
  throw new Error(`TOTP of ${username} failed`);
}

/**
 * One session per staff account for a test's lifetime: each staff sign-in spends a TOTP step, so a
 * helper that signed in for every action would wait for the next 30 s step from the third one on.
 */
export function staffSessions(app: App, platform: Platform) {
  const sessions = new Map<string, Promise<Session>>();
  return (username: string) => {
    const known = sessions.get(username);
    if (known) return known;
    const s = signInStaff(app, platform, username);
    sessions.set(username, s);
    return s;
  };
}

/** Headers of a request made in a session (the CSRF header is harmless on reads). */
export const as = (s: Session) => ({ cookie: s.cookie, 'x-csrf-token': s.csrf });
