import type { Executor } from '../../../platform/db';
import { clearThrottle, findThrottle, lockKey, recordFailure } from '../repo/sessions.repo';

/** Failed sign-ins: 5 per login name or 20 per IP within 15 minutes lock that key for 15 minutes. */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  perLogin: 5,
  perIp: 20,
} as const;

export const loginKey = (login: string) => `login:${login}`;
export const ipKey = (ip: string) => `ip:${ip}`;

export async function lockedUntil(db: Executor, key: string, now: Date): Promise<Date | null> {
  const row = await findThrottle(db, key);
  return row?.locked_until && new Date(row.locked_until) > now ? new Date(row.locked_until) : null;
}

/** Counts a failure on the key; returns true when this failure locked it. */
export async function countFailure(db: Executor, key: string, limit: number, now: Date): Promise<boolean> {
  const state = await recordFailure(db, key, now, THROTTLE.windowMs);
  if (state.failures >= limit && !(state.locked_until && new Date(state.locked_until) > now)) {
    await lockKey(db, key, new Date(now.getTime() + THROTTLE.lockMs));
    return true;
  }
  return false;
}

export const resetFailures = clearThrottle;
