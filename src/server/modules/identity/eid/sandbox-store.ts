import type { Adapter, AdapterPayload } from 'oidc-provider';

const MAX_ENTRIES = 20_000;

/**
 * In-memory storage for the sandbox provider (sessions, interactions, codes, grants). Demo data
 * only: it is lost on restart, and a sign-in must come back to the process that started it.
 */
export function createSandboxStore(): (model: string) => Adapter {
  const entries = new Map<string, { payload: AdapterPayload; expiresAt: number }>();
  const live = (key: string) => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt > Date.now()) return entry.payload;
    entries.delete(key);
    return undefined;
  };
  const findWhere = (model: string, match: (p: AdapterPayload) => boolean) => {
    for (const [key, entry] of entries)
      if (key.startsWith(`${model}:`) && match(entry.payload)) return live(key);
    return undefined;
  };
  const makeRoom = () => {
    const now = Date.now();
    for (const [key, entry] of entries) if (entry.expiresAt <= now) entries.delete(key);
    // Still full (a flood of abandoned sign-ins): the oldest go first.
    for (const key of entries.keys()) {
      if (entries.size <= MAX_ENTRIES / 2) break;
      entries.delete(key);
    }
  };
  return (model) => ({
    async upsert(id, payload, expiresIn) {
      if (entries.size >= MAX_ENTRIES) makeRoom();
      entries.set(`${model}:${id}`, { payload, expiresAt: Date.now() + (expiresIn ?? 3600) * 1000 });
    },
    async find(id) {
      return live(`${model}:${id}`);
    },
    async findByUid(uid) {
      return findWhere(model, (p) => p.uid === uid);
    },
    async findByUserCode(userCode) {
      return findWhere(model, (p) => p.userCode === userCode);
    },
    async consume(id) {
      const payload = live(`${model}:${id}`);
      if (payload) payload.consumed = Math.floor(Date.now() / 1000);
    },
    async destroy(id) {
      entries.delete(`${model}:${id}`);
    },
    async revokeByGrantId(grantId) {
      for (const [key, entry] of entries) if (entry.payload.grantId === grantId) entries.delete(key);
    },
  });
}
