import { z } from 'zod';
import { DAY_MS, VIETNAM_OFFSET_MS } from './civil-date';

/** `?from=YYYY-MM-DD&to=YYYY-MM-DD` of a register or a report, both optional. */
export const periodQuery = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

/**
 * Whole Vietnamese days as instants: from 00:00 of `from` to 00:00 of the day after `to`. By default
 * the current month so far.
 */
export function localPeriod(q: { from?: string | undefined; to?: string | undefined }, now = new Date()) {
  const today = new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
  const from = new Date(`${q.from ?? `${today.slice(0, 8)}01`}T00:00:00+07:00`);
  const to = new Date(new Date(`${q.to ?? today}T00:00:00+07:00`).getTime() + DAY_MS);
  return { from, to };
}
