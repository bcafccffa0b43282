/**
 * Office time between two instants, for the "còn x giờ làm việc" hint in the inbox. It counts the
 * default office hours (07:30–11:30, 13:30–17:00, Asia/Ho_Chi_Minh) on Monday to Friday only: public
 * holidays are not known to the browser, so near a holiday the hint may say more time is left than the
 * server's deadline colour, which stays the reference.
 */
const OFFSET_MS = 7 * 3_600_000; // Việt Nam has no daylight saving time
const DAY_MS = 86_400_000;
const PERIODS: readonly [number, number][] = [
  [7.5 * 3_600_000, 11.5 * 3_600_000],
  [13.5 * 3_600_000, 17 * 3_600_000],
];
export const WORKING_DAY_MS = PERIODS.reduce((n, [a, b]) => n + b - a, 0);

function forward(from: number, to: number): number {
  let total = 0;
  // Work in "local milliseconds": the instant shifted so that UTC fields read as Vietnamese time.
  const a = from + OFFSET_MS;
  const b = to + OFFSET_MS;
  for (let day = Math.floor(a / DAY_MS) * DAY_MS; day < b; day += DAY_MS) {
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (const [start, end] of PERIODS) {
      const lo = Math.max(a, day + start);
      const hi = Math.min(b, day + end);
      if (hi > lo) total += hi - lo;
    }
  }
  return total;
}

/** Office milliseconds from `a` to `b`; negative when `b` is before `a`. */
export function workingMsBetween(a: Date, b: Date): number {
  const x = a.getTime();
  const y = b.getTime();
  return y >= x ? forward(x, y) : -forward(y, x);
}

export type TimeLeft =
  | { kind: 'hours'; value: number; overdue: boolean }
  | { kind: 'days'; value: number; overdue: boolean };

/** What is left until `due` (or how late it is), in whole working hours, or days beyond two days. */
export function timeLeft(due: Date, now: Date): TimeLeft {
  const ms = workingMsBetween(now, due);
  const overdue = ms < 0 || due.getTime() < now.getTime();
  const abs = Math.abs(ms);
  if (abs >= 2 * WORKING_DAY_MS) return { kind: 'days', value: Math.floor(abs / WORKING_DAY_MS), overdue };
  return {
    kind: 'hours',
    value: overdue ? Math.ceil(abs / 3_600_000) : Math.floor(abs / 3_600_000),
    overdue,
  };
}
