/**
 * Session plumbing shared by the API client and the session provider: the CSRF token kept in
 * memory (never in storage), and a tiny event bus for "the server no longer knows this session".
 */
let csrfToken: string | null = null;

export function getCsrfToken(): string | null {
  return csrfToken;
}

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** `unauthenticated`: a call answered 401 (session expired or ended elsewhere). `mfaRequired`: 403 MFA_REQUIRED. */
export type AuthEvent = 'unauthenticated' | 'mfaRequired';
type Listener = (event: AuthEvent) => void;

const listeners = new Set<Listener>();

export function onAuthEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function emitAuthEvent(event: AuthEvent): void {
  for (const listener of listeners) listener(event);
}

/** Writes that work without a session (the server exempts them from the CSRF check). */
export const CSRF_EXEMPT_PATHS = new Set([
  '/api/v1/auth/login',
  '/api/v1/auth/register',
  '/api/v1/auth/register/confirm',
  '/api/v1/auth/password/forgot',
  '/api/v1/auth/password/reset',
]);

/** Reads the session's CSRF token from `GET /me`; null when there is no session. */
export async function fetchCsrfToken(): Promise<string | null> {
  try {
    const response = await fetch('/api/v1/me', { headers: { accept: 'application/json' } });
    if (!response.ok) return null;
    const body: unknown = await response.json();
    const token =
      body && typeof body === 'object' && 'csrfToken' in body && typeof body.csrfToken === 'string'
        ? body.csrfToken
        : null;
    setCsrfToken(token);
    return token;
  } catch {
    return null;
  }
}

// A non-secret "this browser has signed in" flag (the session cookie itself is httpOnly), so that
// public pages do not ask `/me` — and log a 401 — for every anonymous visitor. Pages that need a
// person always ask (a national-eID sign-in sets the cookie without this flag).
const HINT_KEY = 'cuaso.signedIn';

export function hasSessionHint(): boolean {
  try {
    return window.localStorage.getItem(HINT_KEY) === '1';
  } catch {
    return true;
  }
}

export function setSessionHint(signedIn: boolean): void {
  try {
    if (signedIn) window.localStorage.setItem(HINT_KEY, '1');
    else window.localStorage.removeItem(HINT_KEY);
  } catch {
    // Storage disabled: every page asks `/me`, which is only slower.
  }
}
