/**
 * The Idempotency-Key of a submission. One key per attempt to send one content: a double click, a
 * "Gửi lại" after a network failure or a reload reuse it, so the server makes one dossier at most;
 * a changed content gets a new key (the server would refuse the old key with a different body).
 */

export type Attempt = { key: string; body: string };

/** A random UUID v4; `crypto.randomUUID` exists only on secure pages, `getRandomValues` everywhere. */
export function newKey(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const b = random(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function attemptFor(previous: Attempt | null, body: string, make: () => string = newKey): Attempt {
  return previous && previous.body === body ? previous : { key: make(), body };
}

// Under the drafts' prefix, so that signing out forgets it with them (session/drafts.ts).
const STORE = 'cuaso.draft.submit-key.';

/** Kept for this tab, so that a reload after an unanswered send still reuses the key. */
export function loadAttempt(code: string): Attempt | null {
  try {
    const raw = window.sessionStorage.getItem(STORE + code);
    return raw ? (JSON.parse(raw) as Attempt) : null;
  } catch {
    return null;
  }
}

export function saveAttempt(code: string, attempt: Attempt | null): void {
  try {
    if (attempt) window.sessionStorage.setItem(STORE + code, JSON.stringify(attempt));
    else window.sessionStorage.removeItem(STORE + code);
  } catch {
    // Storage disabled: the key still holds for this page.
  }
}
