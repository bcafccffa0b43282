import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  birthRegistrationPlan,
  DEMO_CITIZENS,
  pdfFactory,
  type Session,
  signIn,
  startDossierApp,
  uploadAndSubmit,
} from '../lib/dossier-app';
import type { Scenario } from '../lib/scenario';
import { percentile } from '../lib/stats';

const run = promisify(execFile);

const CLIENTS = 32;
const WARMUP_SECONDS = 3;
const SECONDS = 10;
const PDF_KB = 200;
const PGBENCH_SCALE = 10;
const PGBENCH_CLIENTS = 8;

type Sample = { submitMs: number; totalMs: number };

/**
 * `CLIENTS` loops, each uploading one PDF and submitting a dossier naming it, until `seconds` have
 * passed; a submission counts when it was acknowledged within the window.
 */
async function submitFor(
  baseUrl: string,
  sessions: Session[],
  plan: Awaited<ReturnType<typeof birthRegistrationPlan>>,
  pdf: Awaited<ReturnType<typeof pdfFactory>>,
  seconds: number,
): Promise<{ samples: Sample[]; failures: string[]; elapsedMs: number }> {
  const samples: Sample[] = [];
  const failures: string[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      const session = sessions[c % sessions.length]!;
      // Bounded: the deadline, and at most 10 000 submissions a client.
      for (let i = 0; i < 10_000 && performance.now() < until; i++) {
        try {
          const r = await uploadAndSubmit(baseUrl, session, plan, pdf.next(), `Nguyễn Con ${c} ${i}`);
          if (performance.now() <= until)
            samples.push({ submitMs: r.submitMs, totalMs: r.uploadMs + r.submitMs });
        } catch (e) {
          failures.push((e as Error).message);
          if (failures.length > 50) return;
        }
      }
    }),
  );
  return { samples, failures, elapsedMs: performance.now() - started };
}

export const dossierSubmit: Scenario = {
  name: 'dossier-submit',
  summary:
    `Upload one ${PDF_KB} kB PDF (POST /api/v1/uploads) and submit a birth-registration dossier naming it ` +
    `(POST /api/v1/dossiers, fresh Idempotency-Key), ${CLIENTS} concurrent clients over the demo citizens for ` +
    `${SECONDS} s after a ${WARMUP_SECONDS} s warm-up, vs pgbench's built-in TPC-B (-s ${PGBENCH_SCALE}, ` +
    `-c ${PGBENCH_CLIENTS} -T ${SECONDS}) on the same server.`,
  target: { on: 'ratio', op: '>=', limit: 0.1 },
  async run(ctx) {
    const pg = await ctx.postgres();
    const url = await pg.createDatabase('cuaso_dossier_submit');
    await pg.createDatabase('cuaso_pgbench');
    const pgbench = join(pg.bin, 'pgbench');
    const conn = ['-h', '127.0.0.1', '-p', String(pg.port), '-U', 'postgres'];
    ctx.log(`pgbench -i -s ${PGBENCH_SCALE}`);
    await run(pgbench, [...conn, '-i', '-q', '-s', String(PGBENCH_SCALE), 'cuaso_pgbench'], {
      timeout: 180_000,
    });

    const app = await startDossierApp(ctx, url, 'app (dossier-submit)');
    try {
      const sessions = await Promise.all(DEMO_CITIZENS.map((phone) => signIn(app.baseUrl, phone)));
      const plan = await birthRegistrationPlan(app.baseUrl);
      const pdf = await pdfFactory(PDF_KB);
      ctx.log(`warm-up ${WARMUP_SECONDS} s (PDF of ${(pdf.size / 1024).toFixed(0)} kB)`);
      const warm = await submitFor(app.baseUrl, sessions, plan, pdf, WARMUP_SECONDS);
      if (!warm.samples.length)
        throw new Error(`no submission went through: ${warm.failures.slice(0, 3).join('; ')}`);

      ctx.log(`pgbench -c ${PGBENCH_CLIENTS} -T ${SECONDS}`);
      const { stdout } = await run(
        pgbench,
        [...conn, '-c', String(PGBENCH_CLIENTS), '-T', String(SECONDS), 'cuaso_pgbench'],
        { timeout: (SECONDS + 60) * 1000 },
      );
      const tps = Number(/^tps = ([\d.]+)/m.exec(stdout)?.[1]);
      if (!Number.isFinite(tps)) throw new Error(`pgbench printed no tps:\n${stdout}`);
      const latency = Number(/^latency average = ([\d.]+) ms/m.exec(stdout)?.[1]);

      ctx.log(`submissions: ${SECONDS} s`);
      const measured = await submitFor(app.baseUrl, sessions, plan, pdf, SECONDS);
      if (!measured.samples.length)
        throw new Error(`no submission went through: ${measured.failures.slice(0, 3).join('; ')}`);
      const submit = measured.samples.map((s) => s.submitMs);
      const total = measured.samples.map((s) => s.totalMs);
      const notes = [
        `${measured.samples.length} submissions in ${SECONDS} s (${warm.samples.length} in the warm-up), ` +
          `${CLIENTS} clients over ${sessions.length} citizen sessions; PDF ${pdf.size} bytes, one upload a submission ` +
          `named for ${plan.papers.length} mandatory paper(s)`,
        `pgbench: ${stdout.trim().split('\n').slice(-4).join('; ')}`,
      ];
      if (measured.failures.length)
        notes.push(
          `${measured.failures.length} failed requests, e.g. ${measured.failures.slice(0, 2).join(' | ')}`,
        );
      return {
        figure: { label: 'submissions', value: measured.samples.length / SECONDS, unit: '/s' },
        baseline: { label: 'pgbench TPC-B', value: tps, unit: 'tps' },
        extra: [
          { label: 'submit p50', value: percentile(submit, 50), unit: 'ms' },
          { label: 'submit p99', value: percentile(submit, 99), unit: 'ms' },
          { label: 'upload+submit p50', value: percentile(total, 50), unit: 'ms' },
          { label: 'upload+submit p99', value: percentile(total, 99), unit: 'ms' },
          ...(Number.isFinite(latency) ? [{ label: 'pgbench latency avg', value: latency, unit: 'ms' }] : []),
        ],
        notes,
      };
    } finally {
      await app.stop();
    }
  },
};
