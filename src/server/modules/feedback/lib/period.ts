import { z } from 'zod';
import type { Period } from '../repo/statistics.repo';

export const PeriodQuery = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

/** A period of local dates (Asia/Ho_Chi_Minh, UTC+7 all year); by default the current month so far. */
export function toPeriod(
  q: { from?: string | undefined; to?: string | undefined },
  now = new Date(),
): Period {
  const today = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  const from = new Date(`${q.from ?? `${today.slice(0, 8)}01`}T00:00:00+07:00`);
  const to = new Date(new Date(`${q.to ?? today}T00:00:00+07:00`).getTime() + 86_400_000);
  return { from, to };
}
