import assert from 'node:assert/strict';
import { type PDFArray, PDFDocument, PDFName, type PDFNumber, type PDFRef } from '@cantoo/pdf-lib';
import { sql } from 'kysely';
import type { App } from '../../../src/server/app';
import { isDeclaration } from '../../../src/server/modules/dossiers/services/submit-dossier';
import type { Platform } from '../../../src/server/platform/platform';
import { createTestApp, type TestContext } from '../../support/app';
import { makePdf, multipartFile } from '../../support/files';
import { as, DEFAULT_DEMO, type Session, seedDemo, signIn, staffSessions } from '../../support/identity';

/** Uploads a paper as the signed-in person and returns its upload id. */
export async function upload(
  app: App,
  s: Session,
  filename = 'giay-chung-sinh.pdf',
  content?: Buffer,
): Promise<string> {
  const body = multipartFile(filename, content ?? (await makePdf()));
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/uploads',
    headers: { ...as(s), ...body.headers },
    payload: body.payload,
  });
  if (res.statusCode !== 201) throw new Error(`upload failed: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

export async function agencyId(app: App, orgId: string): Promise<string> {
  const items = (await app.inject('/api/v1/agencies')).json().items as { id: string; orgId: string }[];
  return items.find((a) => a.orgId === orgId)!.id;
}

/** Index of the mandatory papers of a procedure's version in force. */
export async function mandatoryPapers(app: App, code: string): Promise<number[]> {
  const p = (await app.inject(`/api/v1/procedures/${code}`)).json();
  return (p.currentVersion.documents as { name: string; requirement: string; submission: string }[]).flatMap(
    (d, i) =>
      d.requirement === 'mandatory' && d.submission === 'submit' && !isDeclaration(d.name) ? [i] : [],
  );
}

export type BirthRegistrationBed = { t: TestContext; citizen: Session; hamRong: string; papers: number[] };

/**
 * What most dossier tests start from: a test app with the demo tenant (and the demo data of
 * `modules`), the demo citizen 0900000001 signed in, Hàm Rồng's agency id and the mandatory papers of
 * birth registration (1.001193).
 */
export async function birthRegistrationBed(
  env: Parameters<typeof createTestApp>[0] = {},
  options: Parameters<typeof createTestApp>[1] = {},
  modules: string[] = DEFAULT_DEMO,
): Promise<BirthRegistrationBed> {
  const t = await createTestApp(env, options);
  await seedDemo(t.platform, { modules });
  return {
    t,
    citizen: await signIn(t.app, '0900000001'),
    hamRong: await agencyId(t.app, '000.31.21.H56'),
    papers: await mandatoryPapers(t.app, '1.001193'),
  };
}

/**
 * Workflow actions as the demo officials, by login (each signed in once): `send` gives the server's
 * answer as it is, `ok` expects 200 and returns the dossier.
 */
export function dossierActions(app: App, platform: Platform) {
  const staff = staffSessions(app, platform);
  const send = async (login: string, id: string, action: string, body: Record<string, unknown> = {}) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${id}/actions/${action}`,
      headers: as(await staff(login)),
      payload: body,
    });
  const ok = async (login: string, id: string, action: string, body: Record<string, unknown> = {}) => {
    const res = await send(login, id, action, body);
    assert.equal(res.statusCode, 200, `${action}: ${res.body}`);
    return res.json();
  };
  return { staff, send, ok };
}

/** Each signature widget's page index and /Rect, in field order. */
export async function signatureWidgets(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = doc.getPages().map((p) => p.ref.toString());
  return doc
    .getForm()
    .getFields()
    .filter((f) => f.acroField.dict.get(PDFName.of('FT'))?.toString() === '/Sig')
    .map((f) => {
      const widget = f.acroField.getWidgets()[0]!;
      const rect = (widget.dict.get(PDFName.of('Rect')) as PDFArray)
        .asArray()
        .map((n) => (n as PDFNumber).asNumber());
      const pageRef = widget.dict.get(PDFName.of('P')) as PDFRef | undefined;
      const page = pageRef ? pages.indexOf(pageRef.toString()) : -1;
      return { page, x: rect[0]!, y: rect[1]!, right: rect[2]!, top: rect[3]! };
    });
}

/**
 * An agency's counter of dossier numbers for today (Vietnam's day): the number last taken, and a way
 * to set it (a test that uses the numbers up puts `taken` back when done).
 */
export async function todaysCounter(platform: Platform, orgId: string) {
  const day = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const found = await sql<{ last_seq: number }>`
    select last_seq from dossier_counters where org_id = ${orgId} and day = ${day}::date`.execute(
    platform.db,
  );
  return {
    taken: Number(found.rows[0]?.last_seq ?? 0),
    async set(n: number) {
      await sql`insert into dossier_counters (org_id, day, last_seq) values (${orgId}, ${day}::date, ${n})
        on conflict (org_id, day) do update set last_seq = excluded.last_seq`.execute(platform.db);
    },
  };
}
