// Helpers of the dossier scenarios: the built app on the bench PostgreSQL with demo data, citizens
// and staff signed in through the API, a real PDF of a given size, and one upload + submission.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';
import { birthRegistrationForm } from '../../src/server/modules/dossiers/seed/sample-forms';
import { currentTotp, demoTotpSecret } from '../../src/server/modules/identity/lib/totp';
import { DEMO_SECRET } from '../../src/server/platform/config';
import { type RunningServer, startServer } from './app';
import { post } from './http';
import type { RawHttpConnection } from './raw-http';
import type { BenchContext } from './scenario';

export const DEMO_PASSWORD = 'CuaSo@2026';
export const DEMO_CITIZENS = ['0900000001', '0900000002', '0900000003'];
export const BIRTH_REGISTRATION = '1.001193';
/** Phường Hàm Rồng, where the demo citizens live and the demo receiver works. */
export const HAM_RONG_ORG_ID = '000.31.21.H56';
const NO_LIMIT = '100000000';

/**
 * `dist/server/main.js` (what `npm start` runs) on a database of the bench PostgreSQL with demo data,
 * every rate limit raised so that it never refuses, and its files in a temp dir of the run.
 */
export async function startDossierApp(
  ctx: BenchContext,
  url: string,
  name: string,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const dataDir = join(ctx.tmp, `${name}-data`);
  mkdirSync(dataDir, { recursive: true });
  return startServer(ctx.root, {
    name,
    entry: 'dist/server/main.js',
    timeoutMs: 120_000,
    env: {
      DATABASE_URL: url,
      DATA_DIR: dataDir,
      DEMO: 'true',
      RATE_LIMIT_PER_MINUTE: NO_LIMIT,
      AUTH_RATE_LIMIT_PER_MINUTE: NO_LIMIT,
      TRACKING_RATE_LIMIT_PER_MINUTE: NO_LIMIT,
      ...env,
    },
  });
}

export type Session = { cookie: string; csrf: string; headers: Record<string, string> };

async function fail(what: string, res: Response): Promise<never> {
  throw new Error(`${what}: ${res.status} ${(await res.text()).slice(0, 500)}`);
}

/** Signs in through the API; the cookie and CSRF token a browser would hold. */
export async function signIn(baseUrl: string, login: string): Promise<Session> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) return fail(`sign-in of ${login}`, res);
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  const csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
  if (!cookie) throw new Error(`sign-in of ${login}: no session cookie`);
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}

/**
 * Staff sign-in with the TOTP step: the demo secret is derived from the app's SECRET_KEY, which the
 * bench leaves at its default (DEMO_SECRET). A time step is accepted once, so on a refusal the next
 * step's code (inside the allowed drift) is tried.
 */
export async function signInStaff(baseUrl: string, username: string): Promise<Session> {
  const session = await signIn(baseUrl, username);
  const secret = demoTotpSecret(DEMO_SECRET, username);
  for (const offset of [0, 30_000]) {
    const res = await fetch(`${baseUrl}/api/v1/auth/mfa/verify`, {
      method: 'POST',
      headers: { ...session.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ code: currentTotp(secret, Date.now() + offset) }),
    });
    if (res.status === 200) return session;
    if (offset) return fail(`two-factor step of ${username}`, res);
  }
  throw new Error('unreachable');
}

/**
 * A real PDF (one A4 page of text) padded to about `kb` kB with an incompressible string in its
 * catalogue dictionary, as a scanned paper would be. Every copy from `next()` differs in a 32-digit
 * serial written in place (same length, so the cross-reference offsets stay right), so no two
 * uploads share a hash. `uploadBody()` gives one client loop a reusable upload request body.
 */
export async function pdfFactory(
  kb: number,
): Promise<{ size: number; next(): Buffer; uploadBody(): UploadBody }> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText('Giay chung sinh - ban scan (bench)', { x: 50, y: 780, size: 14 });
  const serial = '0'.repeat(32);
  doc.catalog.set(PDFName.of('BenchSerial'), PDFString.of(`S${serial}`));
  const pad = randomBytes(Math.max(0, Math.floor(((kb * 1024 - 2000) * 3) / 4))).toString('base64');
  doc.catalog.set(PDFName.of('BenchScan'), PDFString.of(pad));
  const template = Buffer.from(await doc.save({ useObjectStreams: false }));
  const at = template.indexOf(`(S${serial})`);
  if (at < 0) throw new Error('bench PDF: serial placeholder not found');
  let n = 0;
  const nextSerial = () => `${process.pid}${Date.now()}${++n}`.padStart(32, '0').slice(-32);
  return {
    size: template.length,
    next() {
      const copy = Buffer.from(template);
      copy.write(nextSerial(), at + 2, 'latin1');
      return copy;
    },
    uploadBody() {
      const { head, tail } = multipartParts('giay-chung-sinh.pdf', 'application/pdf');
      const body = Buffer.concat([head, template, tail]);
      return {
        next() {
          body.write(nextSerial(), head.length + at + 2, 'latin1');
          return body;
        },
      };
    },
  };
}

/**
 * The multipart body of one PDF upload, owned by one client loop and rewritten in place for each
 * upload (a new serial, the same bytes otherwise): a load generator that copied 200 kB twice a
 * request kept buffers alive across the server's slow reads, and its old-generation garbage
 * collections cost it about as much CPU as everything else it does.
 */
export type UploadBody = { next(): Buffer };

export type SubmitPlan = { agencyId: string; papers: number[] };

/** The receiving agency and the indices of the mandatory papers (declarations are the e-form). */
export async function birthRegistrationPlan(baseUrl: string): Promise<SubmitPlan> {
  const agencies = (await (await fetch(`${baseUrl}/api/v1/agencies`)).json()) as {
    items: { id: string; orgId: string }[];
  };
  const agencyId = agencies.items.find((a) => a.orgId === HAM_RONG_ORG_ID)?.id;
  if (!agencyId) throw new Error(`demo agency ${HAM_RONG_ORG_ID} not found`);
  const proc = (await (await fetch(`${baseUrl}/api/v1/procedures/${BIRTH_REGISTRATION}`)).json()) as {
    currentVersion: { documents: { name: string; requirement: string; submission: string }[] };
  };
  const papers = proc.currentVersion.documents.flatMap((d, i) =>
    d.requirement === 'mandatory' &&
    d.submission === 'submit' &&
    !/^(tờ khai|mẫu hộ tịch điện tử tương tác)/iu.test(d.name)
      ? [i]
      : [],
  );
  return { agencyId, papers };
}

export const BOUNDARY = `----cuaso-bench-${randomBytes(8).toString('hex')}`;

/** The bytes around the file of a multipart/form-data body with one file field. */
function multipartParts(filename: string, type: string): { head: Buffer; tail: Buffer } {
  return {
    head: Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
        `Content-Type: ${type}\r\n\r\n`,
    ),
    tail: Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  };
}

/**
 * The multipart/form-data body a browser sends for one file field, built as bytes: the same request
 * the server parses, without the load generator's FormData and Blob machinery costing CPU that the
 * server shares on this machine.
 */
function multipartFile(filename: string, type: string, content: Buffer): Buffer {
  const { head, tail } = multipartParts(filename, type);
  return Buffer.concat([head, content, tail]);
}

export type Submitted = { id: string; code: string; uploadMs: number; submitMs: number };

/**
 * `POST /api/v1/uploads` of one PDF (a PDF, or a loop's `UploadBody`), then `POST /api/v1/dossiers`
 * naming it, with a fresh Idempotency-Key; over `connection` when given (a load loop's own), else
 * through node:http's kept-alive agent.
 */
export async function uploadAndSubmit(
  baseUrl: string,
  session: Session,
  plan: SubmitPlan,
  pdf: Buffer | UploadBody,
  childName: string,
  connection?: RawHttpConnection,
): Promise<Submitted> {
  const send = connection
    ? (path: string, headers: Record<string, string>, body: Buffer | string) =>
        connection.post(path, headers, body)
    : (path: string, headers: Record<string, string>, body: Buffer | string) =>
        post(`${baseUrl}${path}`, headers, body);
  const t0 = performance.now();
  const uploaded = await send(
    '/api/v1/uploads',
    { ...session.headers, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    Buffer.isBuffer(pdf) ? multipartFile('giay-chung-sinh.pdf', 'application/pdf', pdf) : pdf.next(),
  );
  if (uploaded.status !== 201) throw new Error(`upload: ${uploaded.status} ${uploaded.body.slice(0, 500)}`);
  const uploadId = (JSON.parse(uploaded.body) as { id: string }).id;
  const t1 = performance.now();
  const res = await send(
    '/api/v1/dossiers',
    { ...session.headers, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    JSON.stringify({
      procedureCode: BIRTH_REGISTRATION,
      agencyId: plan.agencyId,
      formData: birthRegistrationForm({ childName }),
      attachments: plan.papers.map((paper) => ({ paper, uploadId })),
    }),
  );
  if (res.status !== 201) throw new Error(`submission: ${res.status} ${res.body.slice(0, 500)}`);
  const dossier = JSON.parse(res.body) as { id: string; code: string };
  const t2 = performance.now();
  return { id: dossier.id, code: dossier.code, uploadMs: t1 - t0, submitMs: t2 - t1 };
}
