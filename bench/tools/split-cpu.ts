// The CPU an upload and a submission each cost, measured apart (not part of `npm run bench`): the
// built app of `root` on a bench PostgreSQL, 16 clients uploading for `seconds`, then submitting
// dossiers naming those uploads. Prints the app's and PostgreSQL's CPU per request, and the app's per
// thread (main, V8's platform threads, the blob writers). SPLIT_SAMPLE=<file> keeps one submission's
// answer. For comparing two builds on a machine too noisy for throughput figures:
//   node --import tsx bench/tools/split-cpu.ts [root] [seconds]

import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { birthRegistrationForm } from '../../src/server/modules/dossiers/seed/sample-forms';
import { removeTempDir } from '../lib/cleanup';
import { cpuMeter } from '../lib/cpu';
import {
  BIRTH_REGISTRATION,
  BOUNDARY,
  birthRegistrationPlan,
  DEMO_CITIZENS,
  pdfFactory,
  signIn,
  startDossierApp,
} from '../lib/dossier-app';
import { startPostgres } from '../lib/postgres';
import { RawHttpConnection } from '../lib/raw-http';

const root = resolve(process.argv[2] ?? '.');
const seconds = Number(process.argv[3] ?? 8);
const CLIENTS = 16;
const tmp = mkdtempSync(join(tmpdir(), 'cuaso-split-'));
const pg = await startPostgres();
const ctx = { root, tmp, postgres: async () => pg, log: () => {} };
const url = await pg.createDatabase('split');
const app = await startDossierApp(ctx, url, 'app (split)');
try {
  const sessions = await Promise.all(DEMO_CITIZENS.map((p) => signIn(app.baseUrl, p)));
  const plan = await birthRegistrationPlan(app.baseUrl);
  const pdf = await pdfFactory(200);
  const ids: { s: number; id: string }[][] = Array.from({ length: CLIENTS }, () => []);
  const loop = async (
    ms: number,
    body: (c: number, conn: RawHttpConnection, i: number) => Promise<boolean>,
  ) => {
    const until = performance.now() + ms;
    let n = 0;
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, c) => {
        const conn = await RawHttpConnection.open(app.baseUrl);
        for (let i = 0; performance.now() < until; i++)
          if (await body(c, conn, i)) n++;
          else break;
        conn.close();
      }),
    );
    return n;
  };
  const upload =
    (bodies: ReturnType<typeof pdf.uploadBody>[]) => async (c: number, conn: RawHttpConnection) => {
      const s = c % sessions.length;
      const r = await conn.post(
        '/api/v1/uploads',
        { ...sessions[s]!.headers, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
        bodies[c]!.next(),
      );
      if (r.status !== 201) throw new Error(`upload ${r.status} ${r.body}`);
      ids[c]!.push({ s, id: (JSON.parse(r.body) as { id: string }).id });
      return true;
    };
  const bodies = Array.from({ length: CLIENTS }, () => pdf.uploadBody());
  await loop(2000, upload(bodies)); // warm-up uploads
  for (const list of ids) list.length = 0;
  const threads = () => {
    const m = new Map<string, number>();
    for (const t of readdirSync(`/proc/${app.child.pid}/task`)) {
      const f = readFileSync(`/proc/${app.child.pid}/task/${t}/stat`, 'utf8').split(') ')[1]!.split(' ');
      m.set(t, Number(f[11]) + Number(f[12]));
      m.set(`${t}:minflt`, Number(f[7]));
    }
    return m;
  };
  const split = (a: Map<string, number>, b: Map<string, number>, n: number) =>
    [...b]
      .map(([t, v]) => [t, v - (a.get(t) ?? 0)] as const)
      .filter(([, d]) => d > 0)
      .map(([key, d]) => {
        const [tid, faults] = key.split(':');
        const name = tid === String(app.child.pid) ? 'main' : tid;
        // CPU in ms a request (ticks are 10 ms), or minor page faults a request.
        return faults ? `${name} faults ${(d / n).toFixed(1)}` : `${name} ${((d * 10) / n).toFixed(3)} ms`;
      })
      .join(' ');
  const meter = () => {
    const a = cpuMeter(() => [app.child.pid]);
    const p = cpuMeter(() => pg.pids());
    return () => ({ app: a.stop(), pg: p.stop() });
  };
  console.log('measuring uploads');
  let stop = meter();
  const t0 = threads();
  const uploads = await loop(seconds * 1000, upload(bodies));
  const u = stop();
  console.log('per upload, by thread:', split(t0, threads(), uploads));
  // An agency numbers at most 9,999 dossiers a day (TT 01/2018 Điều 19); the demo data took some.
  let submitted = 0;
  const submit = async (c: number, conn: RawHttpConnection, i: number) => {
    const next = ids[c]![i];
    if (!next || ++submitted > 9000) return false;
    const r = await conn.post(
      '/api/v1/dossiers',
      { ...sessions[next.s]!.headers, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      JSON.stringify({
        procedureCode: BIRTH_REGISTRATION,
        agencyId: plan.agencyId,
        formData: birthRegistrationForm({ childName: `Con ${c} ${i}` }),
        attachments: plan.papers.map((paper) => ({ paper, uploadId: next.id })),
      }),
    );
    if (r.status !== 201) throw new Error(`submit ${r.status} ${r.body}`);
    if (c === 0 && i === 0 && process.env.SPLIT_SAMPLE) writeFileSync(process.env.SPLIT_SAMPLE, r.body);
    return true;
  };
  console.log('measuring submissions');
  stop = meter();
  const t1 = threads();
  const submits = await loop(seconds * 1000, submit);
  const s = stop();
  console.log('per submission, by thread:', split(t1, threads(), submits));
  const f = (x: number, n: number) => ((x * 1000) / n).toFixed(3);
  console.log(
    `uploads ${uploads} (${(uploads / seconds).toFixed(0)}/s): app ${f(u.app, uploads)} ms, pg ${f(u.pg, uploads)} ms | submissions ${submits}: app ${f(s.app, submits)} ms, pg ${f(s.pg, submits)} ms`,
  );
} finally {
  await app.stop();
  await pg.stop();
  removeTempDir(tmp);
}
