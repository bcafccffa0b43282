import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { join } from 'node:path';
import {
  describeTarget,
  type Measurement,
  meetsTarget,
  type Outcome,
  type Scenario,
  type Target,
} from './scenario';

export type ScenarioRecord = {
  name: string;
  summary: string;
  target: string;
  targetSpec: Target;
  seconds: number;
  figure?: Measurement;
  baseline?: Measurement;
  ratio?: number;
  met?: boolean;
  extra: Measurement[];
  notes: string[];
  error?: string;
};

export type Machine = {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  os: string;
  postgres?: string;
  commit?: string;
};

export type Report = { date: string; machine: Machine; scenarios: ScenarioRecord[] };

export function machineInfo(): Machine {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${process.platform} ${release()}`,
  };
}

export function recordOutcome(s: Scenario, outcome: Outcome, seconds: number): ScenarioRecord {
  const ratio = outcome.figure.value / outcome.baseline.value;
  return {
    name: s.name,
    summary: s.summary,
    target: describeTarget(s.target),
    targetSpec: s.target,
    seconds,
    figure: outcome.figure,
    baseline: outcome.baseline,
    ratio,
    met: meetsTarget(s.target, outcome.figure.value, ratio),
    extra: outcome.extra ?? [],
    notes: outcome.notes ?? [],
  };
}

export function recordError(s: Scenario, error: unknown, seconds: number): ScenarioRecord {
  const message = error instanceof Error ? error.message : String(error);
  return {
    name: s.name,
    summary: s.summary,
    target: describeTarget(s.target),
    targetSpec: s.target,
    seconds,
    extra: [],
    notes: [],
    error: message,
  };
}

const number = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(1));
export const formatMeasurement = (m: Measurement) => `${m.label} ${number(m.value)} ${m.unit}`;

function cells(r: ScenarioRecord): string[] {
  if (r.error || !r.figure || !r.baseline || r.ratio === undefined)
    return [r.name, 'error', '', '', `target ${r.target}`, 'not run'];
  return [
    r.name,
    formatMeasurement(r.figure),
    formatMeasurement(r.baseline),
    `ratio ${r.ratio.toFixed(2)}`,
    `target ${r.target}`,
    r.met ? 'met' : 'not met',
  ];
}

/** `public-read | app 5123 req/s | bare 8012 req/s | ratio 0.64 | target ≥ 0.60 | met` */
export const formatLine = (r: ScenarioRecord) => cells(r).join(' | ');

export function markdown(report: Report): string {
  const m = report.machine;
  const lines = [
    `# Benchmarks, ${report.date}`,
    '',
    `${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, Node ${m.node}, PostgreSQL ${m.postgres ?? 'not started'}, ` +
      `${m.os}${m.commit ? `, commit ${m.commit}` : ''}. Server, load generator and database share the machine; ` +
      'compare ratios, not absolute figures.',
    '',
    '| scenario | measured | baseline | ratio | target | met |',
    '|---|---|---|---|---|---|',
    ...report.scenarios.map(
      (r) =>
        `| ${cells(r)
          .map((c) => c.replace(/^(ratio|target) /, ''))
          .join(' | ')} |`,
    ),
    '',
  ];
  for (const r of report.scenarios) {
    lines.push(`**${r.name}** (${r.seconds.toFixed(0)} s): ${r.summary}`);
    if (r.error) lines.push('', '```', r.error.slice(0, 4000), '```');
    for (const e of r.extra) lines.push(`- ${formatMeasurement(e)}`);
    for (const n of r.notes) lines.push(`- ${n}`);
    lines.push('');
  }
  return lines.join('\n');
}

export function writeReport(dir: string, report: Report): string {
  mkdirSync(dir, { recursive: true });
  const md = markdown(report);
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(dir, 'latest.md'), md);
  return md;
}
