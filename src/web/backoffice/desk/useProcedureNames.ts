import { useEffect, useState } from 'react';
import { getProcedure } from './api';

/**
 * Procedure names for codes the inbox and statistics carry without names; unknown codes stay out of
 * the map (the code is shown instead).
 */
export function useProcedureNames(codes: readonly string[]): Map<string, string> {
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const key = [...new Set(codes)].sort().join(',');
  useEffect(() => {
    let live = true;
    const wanted = key ? key.split(',') : [];
    void Promise.allSettled(wanted.map((c) => getProcedure(c))).then((results) => {
      if (!live) return;
      const next = new Map<string, string>();
      results.forEach((r, i) => {
        if (r.status === 'fulfilled') next.set(wanted[i]!, r.value.name);
      });
      setNames(next);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return names;
}
