import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { birthRegistrationForm } from '../../../src/server/modules/dossiers/seed/sample-forms';
import type { TestContext } from '../../support/app';
import { as, DEFAULT_DEMO, type Session, signIn, signInStaff } from '../../support/identity';
import { birthRegistrationBed, upload } from './support';

type StoreItem = {
  id: string;
  kind: string;
  title: string;
  mediaType: string;
  size: number;
  sourceDossier: { id: string; code: string; linked: boolean } | null;
  issuedBy: { id: string; name: string } | null;
  reuseCount: number;
  verificationPath: string | null;
};

describe('the personal data store: list, download, reuse count', { timeout: 180_000 }, () => {
  let t: TestContext;
  let citizen: Session;
  let other: Session;
  let receiver: Session;
  let hamRong: string;
  let papers: number[];
  const store = async (s: Session) =>
    (await t.app.inject({ url: '/api/v1/me/documents', headers: as(s) })).json().items as StoreItem[];
  const download = (s: Session | null, id: string) =>
    t.app.inject({ url: `/api/v1/me/documents/${id}/file`, headers: s ? as(s) : {} });

  before(async () => {
    // The demo signs two results of the demo citizen: they are in the store before the test starts.
    ({ t, citizen, hamRong, papers } = await birthRegistrationBed({}, {}, [
      ...DEFAULT_DEMO,
      'signing',
      'dossiers',
    ]));
    other = await signIn(t.app, '0900000002');
    receiver = await signInStaff(t.app, t.platform, 'motcua.hamrong');
  });
  after(() => t.close());

  it('lists the signed results with their dossier, issuing agency and verification page', async () => {
    const results = (await store(citizen)).filter((d) => d.kind === 'result');
    assert.equal(results.length, 2);
    for (const r of results) {
      assert.equal(r.mediaType, 'application/pdf');
      assert.ok(r.sourceDossier?.linked, 'the citizen applied for the dossier');
      assert.match(r.sourceDossier!.code, /^000\.31\.21\.H56-\d{6}-\d{4}$/);
      assert.equal(r.title, `Trích lục khai sinh — ${r.sourceDossier!.code}`);
      assert.equal(r.issuedBy?.id, hamRong);
      assert.match(r.issuedBy!.name, /Hàm Rồng/);
      assert.match(r.verificationPath ?? '', /^\/xac-minh\/[0-9a-f-]{36}\?hash=[0-9a-f]{64}$/);
      assert.equal(r.reuseCount, 0);
      // The link opens the signing register's record of this very paper.
      const [, docId, hash] = /^\/xac-minh\/([^?]+)\?hash=(.+)$/.exec(r.verificationPath!)!;
      const record = await t.app.inject(`/api/v1/documents/${docId}/verification?hash=${hash}`);
      assert.equal(record.statusCode, 200, record.body);
    }
    assert.deepEqual(await store(other), []);
  });

  it('lets the owner download the stored bytes with a Vietnamese file name; nobody else', async () => {
    const [result] = (await store(citizen)).filter((d) => d.kind === 'result');
    const res = await download(citizen, result!.id);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['cache-control'], 'private, no-store');
    const disposition = String(res.headers['content-disposition']);
    assert.match(disposition, /^attachment; filename="[\x20-\x7e]+\.pdf"; filename\*=UTF-8''/);
    const encoded = disposition.split("filename*=UTF-8''")[1]!;
    assert.equal(decodeURIComponent(encoded), `Trích lục khai sinh — ${result!.sourceDossier!.code}.pdf`);
    const row = await sql<{ sha256: string }>`select sha256 from personal_documents where id = ${result!.id}`
      .execute(t.platform.db)
      .then((r) => r.rows[0]!);
    assert.equal(createHash('sha256').update(res.rawPayload).digest('hex'), row.sha256);
    assert.equal(res.rawPayload.length, result!.size);
    assert.equal(res.rawPayload.subarray(0, 5).toString(), '%PDF-');

    // Another citizen, an official of the issuing agency and an anonymous caller: not found / sign in.
    assert.equal((await download(other, result!.id)).statusCode, 404);
    assert.equal((await download(receiver, result!.id)).statusCode, 404);
    assert.equal((await download(null, result!.id)).statusCode, 401);
    const unknown = await download(citizen, '00000000-0000-4000-8000-00000000abcd');
    assert.equal(unknown.statusCode, 404);
    assert.match(unknown.headers['content-type'] as string, /application\/problem\+json/);
    assert.equal((await download(citizen, 'not-a-uuid')).statusCode, 400);
  });

  it('keeps desk scans as digitised papers and counts each reuse in a later dossier', async () => {
    const uploadId = await upload(t.app, receiver, 'scan-giay-chung-sinh.pdf');
    const intake = await t.app.inject({
      method: 'POST',
      url: '/api/v1/desk/dossiers',
      headers: { ...as(receiver), 'idempotency-key': 'store-intake-0001' },
      payload: {
        procedureCode: '1.001193',
        agencyId: hamRong,
        applicantAccountId: citizen.id,
        formData: birthRegistrationForm(),
        attachments: papers.map((paper) => ({ paper, uploadId })),
      },
    });
    assert.equal(intake.statusCode, 201, intake.body);
    const scans = (await store(citizen)).filter(
      (d) => d.kind === 'digitised' && d.sourceDossier?.id === intake.json().id,
    );
    assert.equal(scans.length, papers.length);
    assert.equal(scans[0]!.verificationPath, null);
    assert.equal(scans[0]!.sourceDossier?.code, intake.json().code);

    const reused = scans[0]!;
    for (const n of [1, 2]) {
      const attachments: Record<string, unknown>[] = [{ paper: papers[0], personalDocumentId: reused.id }];
      for (const paper of papers.slice(1))
        attachments.push({ paper, uploadId: await upload(t.app, citizen) });
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/dossiers',
        headers: { ...as(citizen), 'idempotency-key': `store-reuse-000${n}` },
        payload: {
          procedureCode: '1.001193',
          agencyId: hamRong,
          formData: birthRegistrationForm({ childName: `Nguyễn Tái Dụng ${n}` }),
          attachments,
        },
      });
      assert.equal(res.statusCode, 201, res.body);
      const after = (await store(citizen)).find((d) => d.id === reused.id)!;
      assert.equal(after.reuseCount, n);
    }
    // The other scans were not reused.
    for (const s of scans.slice(1))
      assert.equal((await store(citizen)).find((d) => d.id === s.id)!.reuseCount, 0);
  });

  it('is a citizen’s store: an official has none', async () => {
    const res = await t.app.inject({ url: '/api/v1/me/documents', headers: as(receiver) });
    assert.equal(res.statusCode, 403);
  });
});
