/**
 * Effective periods of one procedure's versions: half-open [from, to), to = null meaning "until a
 * successor". Pure planning; the services apply the plan under a row lock on the procedure, and a
 * deferred trigger re-checks at commit.
 */
export type Period = { version: number; from: string; to: string | null };
export type EndDateChange = { version: number; to: string | null };
export type PeriodPlan = { changes: EndDateChange[]; conflicts: Period[] };

const END = '9999-12-31';
export const overlaps = (a: Omit<Period, 'version'>, b: Omit<Period, 'version'>) =>
  a.from < (b.to ?? END) && b.from < (a.to ?? END);

/**
 * Where a new or moved period fits. The version in force at its start is closed there when the new
 * period takes all the rest of it (usually both are open-ended: a new decision supersedes the old one);
 * when a scheduled version moves, the predecessor that ended at its old start follows it. Anything still
 * overlapping is a conflict.
 */
export function planPeriod(
  others: Period[],
  target: { from: string; to: string | null },
  movedFrom?: string,
): PeriodPlan {
  const changes: EndDateChange[] = [];
  const after = new Map(others.map((p) => [p.version, p.to]));
  const adjacent = movedFrom === undefined ? undefined : others.find((p) => p.to === movedFrom);
  // The version in force at the new start, when the new period takes its whole tail.
  const split = others.find((p) => p.from < target.from && p.to === target.to && (p.to ?? END) > target.from);
  const predecessor = adjacent ?? split;
  if (predecessor && predecessor.from < target.from && predecessor.to !== target.from) {
    after.set(predecessor.version, target.from);
    changes.push({ version: predecessor.version, to: target.from });
  }
  const conflicts = others.filter((p) =>
    overlaps({ from: p.from, to: after.get(p.version) ?? null }, target),
  );
  return { changes: conflicts.length ? [] : changes, conflicts };
}

/** Cancelling a scheduled version: its predecessor takes its period back. */
export function planCancel(others: Period[], cancelled: Period): EndDateChange[] {
  const predecessor = others.find((p) => p.to === cancelled.from);
  return predecessor ? [{ version: predecessor.version, to: cancelled.to }] : [];
}

export const describePeriod = (p: { from: string; to: string | null }) => ({
  vi: `${p.from} – ${p.to ? `trước ${p.to}` : 'không thời hạn'}`,
  en: `${p.from} – ${p.to ? `before ${p.to}` : 'open-ended'}`,
});
