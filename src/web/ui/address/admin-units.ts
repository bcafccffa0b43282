import { useEffect, useState } from 'react';
import { type AdminUnitData, type FormerUnit, searchAdminUnits } from '../../api/identity';

// Provinces (34) and a province's communes (at most a few hundred) change once in years: each is
// loaded once per page and filtered in the browser; only old (pre-2025) names go to the server.
let provinces: Promise<AdminUnitData[]> | null = null;
const communes = new Map<string, Promise<AdminUnitData[]>>();

export function loadProvinces(): Promise<AdminUnitData[]> {
  provinces ??= searchAdminUnits({ level: 'province', limit: 100 }).then(
    (r) => r.items,
    (error: unknown) => {
      provinces = null;
      throw error;
    },
  );
  return provinces;
}

export function loadCommunes(provinceCode: string): Promise<AdminUnitData[]> {
  let pending = communes.get(provinceCode);
  if (!pending) {
    pending = searchAdminUnits({ level: 'commune', province: provinceCode, limit: 200 }).then(
      (r) => r.items,
      (error: unknown) => {
        communes.delete(provinceCode);
        throw error;
      },
    );
    communes.set(provinceCode, pending);
  }
  return pending;
}

/** A list that loads once its key is known; `null` while loading or without a key. */
export function useLoaded<T>(key: string | null, load: (key: string) => Promise<T>): T | null {
  const [value, setValue] = useState<{ key: string; data: T } | null>(null);
  useEffect(() => {
    if (!key) return;
    let live = true;
    load(key).then(
      (data) => live && setValue({ key, data }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [key, load]);
  return value && value.key === key ? value.data : null;
}

/**
 * Old (pre-1/7/2025) units whose name matches `query` and that now lie in the province (the server
 * searches old names nationwide), after a short pause in typing.
 */
export function useFormerUnits(query: string, inProvince: Set<string> | null): FormerUnit[] {
  const [found, setFound] = useState<{ query: string; items: FormerUnit[] }>({ query: '', items: [] });
  const trimmed = query.trim();
  useEffect(() => {
    if (trimmed.length < 3) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      searchAdminUnits({ q: trimmed, level: 'commune', limit: 1 }, controller.signal).then(
        (r) => setFound({ query: trimmed, items: r.formerUnits }),
        () => undefined,
      );
    }, 250);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [trimmed]);
  if (found.query !== trimmed || !inProvince) return [];
  return found.items.filter((f) => inProvince.has(f.unit.code));
}
