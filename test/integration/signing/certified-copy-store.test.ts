import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { birthRegistrationForm } from '../../../src/server/modules/dossiers/seed/sample-forms';
import { fileCertifiedCopy } from '../../../src/server/modules/dossiers/services/file-certified-copy';
import type { OutboxJob } from '../../../src/server/platform/jobs';
import { createTestApp, type TestContext } from '../../support/app';
import { makePdf } from '../../support/files';
import { as, DEFAULT_DEMO, type Session, seedDemo, signIn, signInStaff } from '../../support/identity';
import { mandatoryPapers, upload } from '../dossiers/support';
import { agencyIds, api, form } from './api-helpers';

/** Waits for the job runner to do something observable; fails the test instead of hanging it. */
async function eventually<T>(probe: () => Promise<T | undefined>, what: string, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

type StoreItem = { id: string; kind: string; title: string; mediaType: string; size: number };

describe('certified e-copies land in the citizen’s personal data store and are reused in a dossier', {
  timeout: 120_000,
}, () => {
  let t: TestContext;
  let http: ReturnType<typeof api>;
  let ids: Awaited<ReturnType<typeof agencyIds>>;
  let receiver: Session;
  let citizen: Session;
  let copy: { documentId: string; bookNumber: string; verificationUrl: string };
  let item: StoreItem;

  before(async () => {
    t = await createTestApp({}, { jobs: true });
    await seedDemo(t.platform, { modules: [...DEFAULT_DEMO, 'signing'] });
    http = api(t.app);
    ids = await agencyIds(t.app);
    receiver = await signInStaff(t.app, t.platform, 'motcua.hamrong');
    const admin = await signInStaff(t.app, t.platform, 'quantri.hamrong');
    citizen = await signIn(t.app, '0900000001');
    const seal = await http.post('/signing/certificates/demo', admin, {
      kind: 'seal',
      agencyId: ids.hamRong,
    });
    assert.equal(seal.statusCode, 201, seal.body);
  });
  after(() => t.close());

  it('issues a certified copy for the citizen; the job files it in their store once, with a notice', async () => {
    const res = await http.post(
      `/agencies/${ids.hamRong}/certified-copies`,
      receiver,
      form(
        {
          title: 'Bằng tốt nghiệp THPT (bản chính)',
          requesterName: 'Nguyễn Văn An',
          requesterAccountId: citizen.id,
        },
        { name: 'bang.pdf', content: await makePdf(), type: 'application/pdf' },
      ),
    );
    assert.equal(res.statusCode, 201, res.body);
    copy = res.json();
    assert.equal(copy.bookNumber.endsWith('/SCT-BS'), true);
    item = await eventually(async () => {
      const items = (await http.get('/me/documents', citizen)).json().items as StoreItem[];
      return items.find((d) => d.kind === 'certified_copy');
    }, 'the certified copy in the personal store');
    assert.equal(item.title, 'Bằng tốt nghiệp THPT (bản chính)');
    assert.equal(item.mediaType, 'application/pdf');
    // It is the signed copy: same bytes as the registered document's latest file.
    const hash = new URL(copy.verificationUrl).searchParams.get('hash');
    const signed = await http.get(`/documents/${copy.documentId}/file?hash=${hash}`);
    assert.equal(signed.statusCode, 200);
    assert.equal(item.size, signed.rawPayload.length);
    const row = await sql<{ sha256: string; issued_by_agency_id: string }>`
      select sha256, issued_by_agency_id from personal_documents where id = ${item.id}`.execute(
      t.platform.db,
    );
    assert.equal(row.rows[0]!.issued_by_agency_id, ids.hamRong);
    const notices = (await http.get('/me/notices', citizen)).json().items as {
      title: string;
      link: string;
    }[];
    const notice = notices.find((n) => n.title.includes('Bằng tốt nghiệp THPT'));
    assert.ok(notice, 'the citizen is told');
    assert.match(notice.link, new RegExp(`/xac-minh/${copy.documentId}\\?hash=${hash}$`));
    const audit = await sql<{ n: number }>`
      select count(*)::int as n from audit_log where action = 'dossiers.personal_document_filed'
        and subject_id = ${item.id}`.execute(t.platform.db);
    assert.equal(audit.rows[0]!.n, 1);
  });

  it('a redelivered event files nothing twice', async () => {
    const ev = await sql<{ id: string; payload: Record<string, unknown>; agency_id: string }>`
      select id, payload, agency_id from outbox where topic = 'signing.document_signed'
        and payload->>'documentId' = ${copy.documentId}`.execute(t.platform.db);
    assert.equal(ev.rows.length, 1);
    const job: OutboxJob = {
      outboxId: Number(ev.rows[0]!.id),
      topic: 'signing.document_signed',
      payload: ev.rows[0]!.payload,
      agencyId: ev.rows[0]!.agency_id,
    };
    const deps = { db: t.platform.db, config: t.platform.config, logger: t.platform.logger };
    await fileCertifiedCopy(job, deps);
    await fileCertifiedCopy(job, deps);
    const counts = await sql<{ docs: number; notices: number; audits: number }>`
      select (select count(*)::int from personal_documents where kind = 'certified_copy') as docs,
             (select count(*)::int from notices where source_event = ${job.outboxId}) as notices,
             (select count(*)::int from audit_log where action = 'dossiers.personal_document_filed') as audits`.execute(
      t.platform.db,
    );
    assert.deepEqual(counts.rows[0], { docs: 1, notices: 1, audits: 1 });
  });

  it('ignores results and copies for no account; a malformed event is refused without filing', async () => {
    const deps = { db: t.platform.db, config: t.platform.config, logger: t.platform.logger };
    const base = { outboxId: 9_000_001, topic: 'signing.document_signed', agencyId: ids.hamRong };
    await fileCertifiedCopy({ ...base, payload: { kind: 'result', holderAccountId: citizen.id } }, deps);
    await fileCertifiedCopy({ ...base, payload: { kind: 'certified_copy', holderAccountId: null } }, deps);
    await fileCertifiedCopy(
      { ...base, payload: { kind: 'certified_copy', holderAccountId: citizen.id, sha256: 'x' } },
      deps,
    );
    const n = await sql<{ n: number }>`select count(*)::int as n from personal_documents
      where kind = 'certified_copy'`.execute(t.platform.db);
    assert.equal(n.rows[0]!.n, 1);
  });

  it('the citizen reuses the stored copy in a new dossier; its attachment downloads as the signed PDF', async () => {
    const papers = await mandatoryPapers(t.app, '1.001193');
    const attachments: Record<string, unknown>[] = [{ paper: papers[0], personalDocumentId: item.id }];
    for (const paper of papers.slice(1)) attachments.push({ paper, uploadId: await upload(t.app, citizen) });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: { ...as(citizen), 'idempotency-key': 'reuse-copy-0001' },
      payload: {
        procedureCode: '1.001193',
        agencyId: ids.hamRong,
        formData: birthRegistrationForm(),
        attachments,
      },
    });
    assert.equal(res.statusCode, 201, res.body);
    const dossierId = res.json().id as string;
    const dossier = (await http.get(`/dossiers/${dossierId}`, citizen)).json();
    const attached = (dossier.attachments as { id: string; reused: boolean; filename: string }[]).find(
      (a) => a.reused && a.filename === item.title,
    );
    assert.ok(attached, JSON.stringify(dossier.attachments));
    const file = await http.get(`/dossiers/${dossierId}/attachments/${attached.id}`, citizen);
    assert.equal(file.statusCode, 200);
    const hash = new URL(copy.verificationUrl).searchParams.get('hash');
    const signed = await http.get(`/documents/${copy.documentId}/file?hash=${hash}`);
    assert.ok(Buffer.from(file.rawPayload).equals(Buffer.from(signed.rawPayload)));
    // The reused copy still verifies as the agency's certified copy.
    const verified = await http.post(
      '/verify',
      null,
      form({}, { name: 'x.pdf', content: file.rawPayload, type: 'application/pdf' }),
    );
    assert.equal(verified.statusCode, 200);
    assert.equal(verified.json().report.valid, true);
    assert.equal(verified.json().registered[0].kind, 'certified_copy');
    // The uploader is offered the same page the QR code opens.
    const link = new URL(copy.verificationUrl);
    assert.equal(verified.json().registered[0].verificationPath, `${link.pathname}${link.search}`);
  });
});
