import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, type TestContext } from '../../support/app';
import { scanPng } from '../../support/files';
import { type Session, seedDemo, signIn, signInStaff } from '../../support/identity';
import { agencyIds, api, form } from './api-helpers';
import { hasPoppler, officialPdf, runTool, tempDir, writeTemp } from './helpers';

describe('certified electronic copies from originals, with the certification book', () => {
  let t: TestContext;
  let http: ReturnType<typeof api>;
  let ids: Awaited<ReturnType<typeof agencyIds>>;
  let receiver: Session;
  let admin: Session;
  let citizenId: string;
  const year = Number(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 4));

  before(async () => {
    t = await createTestApp();
    await seedDemo(t.platform);
    http = api(t.app);
    ids = await agencyIds(t.app);
    receiver = await signInStaff(t.app, t.platform, 'motcua.hamrong');
    admin = await signInStaff(t.app, t.platform, 'quantri.hamrong');
    citizenId = (await signIn(t.app, '0900000001', undefined, '10.9.0.1')).id;
  });
  after(() => t.close());

  const certify = (
    s: Session,
    file: { name: string; content: Uint8Array; type: string },
    extra: Record<string, string> = {},
  ) =>
    http.post(
      `/agencies/${ids.hamRong}/certified-copies`,
      s,
      form(
        {
          title: 'Giấy khai sinh (bản chính)',
          requesterName: 'Nguyễn Văn An',
          requesterAccountId: citizenId,
          feeVnd: '2000',
          ...extra,
        },
        file,
      ),
    );

  it('refuses while the agency has no seal certificate, and numbers nothing', async () => {
    const res = await certify(receiver, { name: 'scan.png', content: scanPng(), type: 'image/png' });
    assert.equal(res.statusCode, 409, res.body);
    assert.equal(res.json().reason, 'no_certificate');
    const rows = await sql`select 1 from certification_book`.execute(t.platform.db);
    assert.equal(rows.rows.length, 0);
  });

  it('certifies a photographed and a PDF original: numbered in the book, signed in the copy style', async () => {
    assert.equal(
      (await http.post('/signing/certificates/demo', admin, { kind: 'seal', agencyId: ids.hamRong }))
        .statusCode,
      201,
    );
    const first = await certify(receiver, { name: 'scan.png', content: scanPng(), type: 'image/png' });
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.json().bookNumber, `1/${year}/SCT-BS`);
    assert.equal(first.json().status, 'signed');
    const second = await certify(
      receiver,
      { name: 'qd.pdf', content: await officialPdf(), type: 'application/pdf' },
      { title: 'Quyết định 12/QĐ-UBND' },
    );
    assert.equal(second.json().bookNumber, `2/${year}/SCT-BS`);

    const book = await http.get(`/agencies/${ids.hamRong}/certification-book?year=${year}`, receiver);
    assert.equal(book.statusCode, 200, book.body);
    assert.deepEqual(
      book.json().items.map((e: { number: string }) => e.number),
      [`1/${year}/SCT-BS`, `2/${year}/SCT-BS`],
    );
    assert.equal(book.json().items[0].requesterName, 'Nguyễn Văn An');

    const hash = new URL(first.json().verificationUrl).searchParams.get('hash')!;
    const record = await http.get(`/documents/${first.json().documentId}/verification?hash=${hash}`);
    assert.equal(record.json().document.kind, 'certified_copy');
    assert.equal(record.json().document.documentNumber, `1/${year}/SCT-BS`);
    assert.equal(
      record.json().report.valid,
      true,
      JSON.stringify(record.json().report.signatures[0]?.errors),
    );
    assert.equal(record.json().report.signatures[0].fieldName, 'ChuKySao');
    if (hasPoppler) {
      const file = await http.get(record.json().fileUrl.replace('/api/v1', ''));
      const text = await runTool('pdftotext', [writeTemp(tempDir(), 'copy.pdf', file.rawPayload), '-']);
      assert.match(text.stdout, /CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH/);
      assert.match(text.stdout, new RegExp(`Số chứng thực: 1/${year}/SCT-BS`));
      assert.match(text.stdout, /Ủy ban nhân dân phường Hàm Rồng/);
    }
  });

  it('hands each signed copy to the personal data store through the outbox, for reuse in other dossiers', async () => {
    const events = await sql<{ payload: { kind: string; holderAccountId: string } }>`
      select payload from outbox where topic = 'signing.document_signed' order by id`.execute(t.platform.db);
    const copies = events.rows.filter((e) => e.payload.kind === 'certified_copy');
    assert.equal(copies.length, 2);
    assert.ok(copies.every((e) => e.payload.holderAccountId === citizenId));
  });

  it('only desk staff of the agency certify; a citizen cannot; a bad file is refused', async () => {
    const citizen = await signIn(t.app, '0900000002', undefined, '10.9.0.2');
    assert.equal(
      (await certify(citizen, { name: 'scan.png', content: scanPng(), type: 'image/png' })).statusCode,
      403,
    );
    const other = await signInStaff(t.app, t.platform, 'motcua.hacthanh');
    assert.equal(
      (await certify(other, { name: 'scan.png', content: scanPng(), type: 'image/png' })).statusCode,
      404,
    );
    const bad = await certify(receiver, {
      name: 'scan.pdf',
      content: Buffer.from('%PDF-1.7 broken'),
      type: 'application/pdf',
    });
    assert.equal(bad.statusCode, 400);
    const empty = await certify(receiver, {
      name: 'scan.pdf',
      content: new Uint8Array(0),
      type: 'application/pdf',
    });
    assert.equal(empty.statusCode, 400);
  });
});
