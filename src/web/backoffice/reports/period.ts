import type { Period } from '../desk/api';

export const PRESETS = ['month', 'lastMonth', 'quarter', 'year'] as const;
export type Preset = (typeof PRESETS)[number];

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A reporting period ending today (a date of Việt Nam, `YYYY-MM-DD`), as the statistics API takes it. */
export function presetPeriod(preset: Preset, today: string): Period {
  const [y, m] = today.split('-').map(Number) as [number, number];
  switch (preset) {
    case 'month':
      return { from: iso(y, m, 1), to: today };
    case 'lastMonth': {
      const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
      return { from: iso(py, pm, 1), to: iso(py, pm, lastDay(py, pm)) };
    }
    case 'quarter':
      return { from: iso(y, Math.floor((m - 1) / 3) * 3 + 1, 1), to: today };
    case 'year':
      return { from: iso(y, 1, 1), to: today };
  }
}

export function isPeriod(p: { from: string; to: string }): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(p.from) && /^\d{4}-\d{2}-\d{2}$/.test(p.to) && p.from <= p.to;
}
