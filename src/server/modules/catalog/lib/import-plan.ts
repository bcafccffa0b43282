import type { VersionInput } from '../../../../contracts/catalog';
import { canonicalJson } from '../../../platform/audit';
import { describePeriod, overlaps, type Period, planPeriod } from './periods';

export type ImportOp =
  | { kind: 'insert'; version: number; input: VersionInput }
  | { kind: 'update'; version: number; input: VersionInput }
  | { kind: 'end'; version: number; to: string | null };
export type PlanError = { index: number; vi: string; en: string };

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
const withoutEnd = (v: VersionInput) => ({ ...v, effectiveTo: null });

/**
 * How one procedure's versions in an import file apply to those in the database, with the same rules
 * as the API: identical versions are left alone; a scheduled version may change; a version in force
 * may only get an end date; a new version closes the open one at its start; overlaps and (except for
 * a system admin) dates in the past are refused. Versions missing from the file are kept.
 */
export function planVersionImport(
  existing: { version: number; input: VersionInput }[],
  file: { index: number; version: number; input: VersionInput }[],
  ctx: { today: string; systemAdmin: boolean },
): { ops: ImportOp[]; errors: PlanError[]; unchanged: number } {
  const ops: ImportOp[] = [];
  const errors: PlanError[] = [];
  let unchanged = 0;
  const periods = new Map<number, Period>(
    existing.map((e) => [
      e.version,
      { version: e.version, from: e.input.effectiveFrom, to: e.input.effectiveTo },
    ]),
  );
  const dbByNumber = new Map(existing.map((e) => [e.version, e.input]));
  const past = (date: string | null) => date !== null && date < ctx.today && !ctx.systemAdmin;
  const pastError = (index: number) =>
    errors.push({
      index,
      vi: `Ngày đã qua (hôm nay ${ctx.today}); chỉ quản trị hệ thống được ghi lùi ngày.`,
      en: `Date in the past (today ${ctx.today}); only a system administrator may back-date.`,
    });
  const conflictError = (index: number, target: { from: string; to: string | null }, conflicts: Period[]) => {
    const t = describePeriod(target);
    errors.push({
      index,
      vi: `Thời gian hiệu lực ${t.vi} trùng với ${conflicts.map((c) => `phiên bản ${c.version} (${describePeriod(c).vi})`).join(', ')}.`,
      en: `Effective period ${t.en} overlaps ${conflicts.map((c) => `version ${c.version} (${describePeriod(c).en})`).join(', ')}.`,
    });
  };
  const place = (
    index: number,
    version: number,
    target: { from: string; to: string | null },
    movedFrom?: string,
  ) => {
    const others = [...periods.values()].filter((p) => p.version !== version);
    const plan = planPeriod(others, target, movedFrom);
    if (plan.conflicts.length) {
      conflictError(index, target, plan.conflicts);
      return false;
    }
    for (const c of plan.changes) {
      periods.set(c.version, { ...periods.get(c.version)!, to: c.to });
      ops.push({ kind: 'end', version: c.version, to: c.to });
    }
    periods.set(version, { version, ...target });
    return true;
  };

  for (const f of [...file].sort((a, b) => a.version - b.version)) {
    const target = { from: f.input.effectiveFrom, to: f.input.effectiveTo };
    const db = dbByNumber.get(f.version);
    if (db && same(db, f.input)) {
      unchanged++;
      continue;
    }
    if (!db) {
      if (past(target.from)) pastError(f.index);
      else if (place(f.index, f.version, target))
        ops.push({ kind: 'insert', version: f.version, input: f.input });
      continue;
    }
    if (db.effectiveFrom > ctx.today) {
      if (past(target.from)) pastError(f.index);
      else if (place(f.index, f.version, target, db.effectiveFrom))
        ops.push({ kind: 'update', version: f.version, input: f.input });
      continue;
    }
    if (!same(withoutEnd(db), withoutEnd(f.input))) {
      errors.push({
        index: f.index,
        vi: `Phiên bản ${f.version} đã có hiệu lực từ ${db.effectiveFrom}: chỉ được đặt ngày hết hiệu lực; hãy thêm phiên bản mới.`,
        en: `Version ${f.version} has been in force since ${db.effectiveFrom}: only its end date can change; add a new version.`,
      });
      continue;
    }
    if (past(target.to)) {
      pastError(f.index);
      continue;
    }
    const conflicts = [...periods.values()].filter((p) => p.version !== f.version && overlaps(p, target));
    if (conflicts.length) conflictError(f.index, target, conflicts);
    else {
      periods.set(f.version, { version: f.version, ...target });
      ops.push({ kind: 'end', version: f.version, to: target.to });
    }
  }
  return { ops, errors, unchanged };
}
