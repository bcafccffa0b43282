import type { PostgresServer } from './postgres';

/** One figure with its unit, e.g. `{ label: 'app', value: 5123, unit: 'req/s' }`. */
export type Measurement = { label: string; value: number; unit: string };

/**
 * What a scenario aims for: a bound on the ratio app/baseline (the usual case, since machines are
 * noisy), or on the app's own figure when the issue sets an absolute one. Printed, never enforced.
 */
export type Target = { on: 'ratio' | 'figure'; op: '>=' | '<'; limit: number; unit?: string };

export type Outcome = {
  /** The app's figure. */
  figure: Measurement;
  /** The same thing measured on the baseline in this run; the ratio is figure / baseline. */
  baseline: Measurement;
  /** Other figures worth a look (latency percentiles, a second baseline…). */
  extra?: Measurement[];
  notes?: string[];
};

export type BenchContext = {
  /** Repository root; children run from here. */
  root: string;
  /** A temp dir for this run, removed at the end. */
  tmp: string;
  /** The throw-away PostgreSQL 15 server, started on first use. */
  postgres(): Promise<PostgresServer>;
  log(message: string): void;
};

export type Scenario = {
  name: string;
  /** One sentence: what is measured against what. */
  summary: string;
  target: Target;
  run(ctx: BenchContext): Promise<Outcome>;
};

export function describeTarget(t: Target): string {
  const op = t.op === '>=' ? '≥' : '<';
  return t.on === 'ratio' ? `${op} ${t.limit.toFixed(2)}` : `${op} ${t.limit} ${t.unit ?? ''}`.trim();
}

export function meetsTarget(t: Target, figure: number, ratio: number): boolean {
  const value = t.on === 'ratio' ? ratio : figure;
  return t.op === '>=' ? value >= t.limit : value < t.limit;
}
