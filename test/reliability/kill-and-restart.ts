// `npm run reliability`: submits dossiers from several clients with Idempotency-Keys and retries
// while the server is killed with SIGKILL and restarted, then checks that every acknowledged
// submission exists exactly once with its attachments readable and its audit record present.
// Runs on the embedded database by default, on PostgreSQL with DATABASE_URL.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';

const ROOT = join(import.meta.dirname, '../..');
const CLIENTS = Number(process.env.CLIENTS ?? 6);
const PER_CLIENT = Number(process.env.PER_CLIENT ?? 8);
const KILLS = Number(process.env.KILLS ?? 4);
const dataDir = mkdtempSync(join(tmpdir(), 'cuaso-reliability-'));
const port = await new Promise<number>((r) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = (s.address() as { port: number }).port;
    s.close(() => r(p));
  });
});
const base = `http://127.0.0.1:${port}`;
let server: ChildProcess | undefined;
const log = (m: string) => process.stdout.write(`reliability: ${m}\n`);

function start() {
  server = spawn(process.execPath, ['--enable-source-maps', join(ROOT, 'dist/server/main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '1000000',
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
async function ready(timeoutMs = 120_000) {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (
      await fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not become ready');
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Retries a request until the server answers (it may be down between a kill and its restart). */
async function retry(url: string, init: RequestInit, ok: (s: number) => boolean): Promise<Response> {
  for (let attempt = 0; attempt < 400; attempt++) {
    try {
      const res = await fetch(url, init);
      if (ok(res.status)) return res;
      if (res.status >= 500 || res.status === 503 || res.status === 429) {
        await sleep(100);
        continue;
      }
      throw new Error(`${url}: ${res.status} ${await res.text()}`);
    } catch (e) {
      if ((e as Error).message.startsWith(url)) throw e;
      await sleep(150);
    }
  }
  throw new Error(`${url}: gave up`);
}

async function main() {
  start();
  await ready();
  const login = await retry(
    `${base}/api/v1/auth/login`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: '0900000001', password: 'CuaSo@2026' }),
    },
    (s) => s === 200,
  );
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const csrf = (await login.json()).csrfToken as string;
  const headers = { cookie, 'x-csrf-token': csrf };
  const agencies = (await (await fetch(`${base}/api/v1/agencies`)).json()).items as {
    id: string;
    orgId: string;
  }[];
  const agencyId = agencies.find((a) => a.orgId === '000.31.21.H56')!.id;
  const proc = await (await fetch(`${base}/api/v1/procedures/1.001193`)).json();
  const papers = (
    proc.currentVersion.documents as { name: string; requirement: string; submission: string }[]
  ).flatMap((d, i) =>
    d.requirement === 'mandatory' &&
    d.submission === 'submit' &&
    !/^(tờ khai|mẫu hộ tịch điện tử tương tác)/iu.test(d.name)
      ? [i]
      : [],
  );
  const { birthRegistrationForm } = await import('../../src/server/modules/dossiers/seed/sample-forms');

  const before = new Set(
    (
      (await (await retry(`${base}/api/v1/me/dossiers`, { headers }, (s) => s === 200)).json()).items as {
        id: string;
      }[]
    ).map((d) => d.id),
  );
  const acknowledged: { key: string; id: string; code: string; sha256: string }[] = [];
  const startedAt = new Date().toISOString();
  let killing = true;
  const killer = (async () => {
    for (let k = 0; k < KILLS; k++) {
      await sleep(700 + Math.random() * 1300);
      server?.kill('SIGKILL');
      log(`SIGKILL ${k + 1}/${KILLS}`);
      await sleep(300);
      start();
      await ready();
    }
    killing = false;
  })();

  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      // Each client keeps submitting until it has done its share and every kill has happened.
      for (let i = 0; i < PER_CLIENT || killing; i++) {
        const doc = await PDFDocument.create();
        doc.addPage().drawText(`Giay chung sinh ${c}-${i}`);
        const pdf = Buffer.from(await doc.save());
        const sha256 = createHash('sha256').update(pdf).digest('hex');
        const form = new FormData();
        form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'giay-chung-sinh.pdf');
        const uploaded = await retry(
          `${base}/api/v1/uploads`,
          { method: 'POST', headers, body: form },
          (s) => s === 201,
        );
        const uploadId = (await uploaded.json()).id as string;
        const key = randomUUID();
        const body = JSON.stringify({
          procedureCode: '1.001193',
          agencyId,
          formData: birthRegistrationForm({ childName: `Nguyễn Con ${c} ${i}` }),
          attachments: papers.map((paper) => ({ paper, uploadId })),
        });
        // The same request with the same key, until one answer arrives.
        const res = await retry(
          `${base}/api/v1/dossiers`,
          {
            method: 'POST',
            headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': key },
            body,
          },
          (s) => s === 201 || s === 200,
        );
        const d = await res.json();
        acknowledged.push({ key, id: d.id, code: d.code, sha256 });
      }
    }),
  );
  await killer;

  // Checks after one more kill, so that nothing lives only in the process.
  server?.kill('SIGKILL');
  await sleep(300);
  start();
  await ready();
  const problems: string[] = [];
  const mine = (
    (await (await retry(`${base}/api/v1/me/dossiers`, { headers }, (s) => s === 200)).json()).items as {
      id: string;
      code: string;
    }[]
  ).filter((d) => !before.has(d.id));
  const ids = new Set(acknowledged.map((a) => a.id));
  if (ids.size !== acknowledged.length) problems.push('two acknowledged submissions share a dossier');
  const codes = mine.map((m) => m.code);
  if (new Set(codes).size !== codes.length) problems.push('duplicate dossier codes');
  const extra = mine.filter((m) => !ids.has(m.id));
  if (extra.length)
    problems.push(
      `${extra.length} dossiers exist that no client saw acknowledged (a retry made a second one)`,
    );
  for (const a of acknowledged) {
    const detail = await fetch(`${base}/api/v1/dossiers/${a.id}`, { headers });
    if (detail.status !== 200) {
      problems.push(`${a.code}: acknowledged but missing (${detail.status})`);
      continue;
    }
    const d = await detail.json();
    for (const att of d.attachments as { id: string }[]) {
      const file = await fetch(`${base}/api/v1/dossiers/${a.id}/attachments/${att.id}`, { headers });
      const sha = createHash('sha256')
        .update(Buffer.from(await file.arrayBuffer()))
        .digest('hex');
      if (file.status !== 200 || sha !== a.sha256)
        problems.push(`${a.code}: attachment unreadable or changed`);
    }
  }
  server?.kill('SIGTERM');
  await new Promise((r) => server?.once('exit', r));
  const verify = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(ROOT, 'test/reliability/audit-check.ts'),
      startedAt,
      ...acknowledged.map((a) => a.id),
    ],
    {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  verify.stdout.on('data', (d) => {
    out += d;
  });
  const code = await new Promise<number | null>((r) => verify.on('exit', r));
  if (code !== 0) problems.push(`audit check: ${out.trim()}`);
  log(
    `${acknowledged.length} submissions acknowledged by ${CLIENTS} clients across ${KILLS} SIGKILLs during the load (+1 before the checks); ${mine.length} new dossiers in the citizen's list (it shows the newest 200; the database check below counts them all); ${out.trim()}`,
  );
  rmSync(dataDir, { recursive: true, force: true });
  if (problems.length) {
    for (const p of problems) log(`PROBLEM ${p}`);
    process.exit(1);
  }
  log('every acknowledged submission exists exactly once, with its attachments and its audit record');
}

main().catch((e) => {
  server?.kill('SIGKILL');
  log(`failed: ${(e as Error).stack}`);
  process.exit(1);
});
