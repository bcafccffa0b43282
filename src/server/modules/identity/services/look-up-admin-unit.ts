import type { z } from 'zod';
import type { AdminUnit, AdminUnitLookup } from '../../../../contracts/identity';
import { AppError } from '../../../platform/errors';
import type { IdentityDeps } from '../deps';
import { findAdminUnit, findSuccessors, searchAdminUnits, searchOldUnits } from '../repo/admin-units.repo';

type UnitRow = {
  code: string;
  level: 'province' | 'commune';
  name: string;
  short_name: string;
  type: string;
  province_code: string;
};
const present = (u: UnitRow): z.infer<typeof AdminUnit> => ({
  code: u.code,
  level: u.level,
  name: u.name,
  shortName: u.short_name,
  type: u.type,
  provinceCode: u.province_code,
});

type Successor = Awaited<ReturnType<typeof findSuccessors>>[number];
const presentSuccessor = (s: Successor) => ({
  oldCode: s.old_code,
  oldName: s.old_name,
  oldDistrict: s.old_district,
  oldProvince: s.old_province,
  mergeType: s.merge_type,
  unit: { code: s.code, name: s.name },
});

/**
 * Resolves a unit code: the unit in force, and when the code is a pre-2025 commune (phường Đông
 * Cương, 14791) the unit(s) it now belongs to (phường Hàm Rồng, 14758). 404 when neither.
 */
export async function lookUpAdminUnit(
  input: { code: string },
  deps: Pick<IdentityDeps, 'db'>,
): Promise<z.infer<typeof AdminUnitLookup>> {
  if (!/^\d{2}$|^\d{5}$/.test(input.code)) throw new AppError('NOT_FOUND');
  const [unit, successors] = await Promise.all([
    findAdminUnit(deps.db, input.code),
    findSuccessors(deps.db, input.code),
  ]);
  const mergedInto = successors.filter((s) => !(unit && s.code === unit.code && s.old_name === unit.name));
  if (!unit && !mergedInto.length) throw new AppError('NOT_FOUND');
  return { unit: unit ? present(unit) : null, mergedInto: mergedInto.map(presentSuccessor) };
}

/** Units in force by name (diacritics optional), plus old units of that name and where they went. */
export async function searchUnits(
  input: {
    q?: string | undefined;
    provinceCode?: string | undefined;
    level?: 'province' | 'commune' | undefined;
    limit: number;
    offset: number;
  },
  deps: Pick<IdentityDeps, 'db'>,
) {
  const [found, old] = await Promise.all([
    searchAdminUnits(deps.db, {
      text: input.q,
      provinceCode: input.provinceCode,
      level: input.level,
      limit: input.limit,
      offset: input.offset,
    }),
    input.q && input.q.trim().length >= 3
      ? searchOldUnits(deps.db, input.q, 20, input.provinceCode)
      : Promise.resolve([]),
  ]);
  // A unit that kept its code and name is not a "former" unit.
  const former = old.filter((s) => !(s.code === s.old_code && s.name === s.old_name));
  return { items: found.items.map(present), total: found.total, formerUnits: former.map(presentSuccessor) };
}
