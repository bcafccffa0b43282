/**
 * A short-lived in-process cache of resolved sessions, so a signed-in read costs no extra database
 * round trip. Changes made by this process invalidate at once; another process sees a logout or a
 * role change within `ttlMs` at most (ADR 7).
 */
export class SessionCache<T extends { accountId: string }> {
  private readonly entries = new Map<string, { value: T; until: number }>();
  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 50_000,
  ) {}

  get(idHash: string, now = Date.now()): T | undefined {
    const hit = this.entries.get(idHash);
    if (!hit) return undefined;
    if (hit.until <= now) {
      this.entries.delete(idHash);
      return undefined;
    }
    return hit.value;
  }

  set(idHash: string, value: T, now = Date.now()): void {
    if (this.ttlMs <= 0) return;
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(idHash, { value, until: now + this.ttlMs });
  }

  forget(idHash: string): void {
    this.entries.delete(idHash);
  }

  forgetAccount(accountId: string): void {
    for (const [key, entry] of this.entries)
      if (entry.value.accountId === accountId) this.entries.delete(key);
  }
}
