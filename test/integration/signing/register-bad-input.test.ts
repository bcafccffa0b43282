import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, type TestContext } from '../../support/app';
import { type Session, seedDemo, signIn, signInStaff } from '../../support/identity';
import { agencyIds, api, form } from './api-helpers';
import { encryptedPdf, hasQpdf, officialPdf } from './helpers';

/**
 * The bad-input list on the HTTP paths that sign (registering a document for signature and
 * certifying a copy): an encrypted, a malformed and an empty PDF are refused with a bilingual reason,
 * and nothing is registered, numbered or signed.
 */
describe('signing over HTTP refuses encrypted, malformed and empty PDFs, and signs nothing', () => {
  let t: TestContext;
  let http: ReturnType<typeof api>;
  let ids: Awaited<ReturnType<typeof agencyIds>>;
  let leader: Session;
  let receiver: Session;
  let citizenId: string;
  let encrypted: Uint8Array | null = null;

  before(async () => {
    t = await createTestApp();
    await seedDemo(t.platform);
    http = api(t.app);
    ids = await agencyIds(t.app);
    leader = await signInStaff(t.app, t.platform, 'lanhdao.hamrong');
    receiver = await signInStaff(t.app, t.platform, 'motcua.hamrong');
    const admin = await signInStaff(t.app, t.platform, 'quantri.hamrong');
    citizenId = (await signIn(t.app, '0900000001', undefined, '10.9.4.1')).id;
    // The agency can seal: a refusal below is about the file, not a missing certificate.
    const seal = await http.post('/signing/certificates/demo', admin, {
      kind: 'seal',
      agencyId: ids.hamRong,
    });
    assert.equal(seal.statusCode, 201, seal.body);
    if (hasQpdf) encrypted = await encryptedPdf(await officialPdf());
  });
  after(() => t.close());

  const bad = () => [
    ...(encrypted ? [['encrypted', encrypted, 'encrypted_pdf'] as const] : []),
    ['malformed', new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog'), null] as const,
    ['empty', new Uint8Array(0), null] as const,
  ];
  const counts = async () =>
    (
      await sql<{ docs: number; sigs: number; book: number }>`
        select (select count(*)::int from signed_documents) as docs,
               (select count(*)::int from document_signatures) as sigs,
               (select count(*)::int from certification_book) as book`.execute(t.platform.db)
    ).rows[0];

  it('registering a document for signature', async () => {
    for (const [name, content, reason] of bad()) {
      const res = await http.post(
        '/documents',
        leader,
        form(
          { agencyId: ids.hamRong, kind: 'official_document', title: `Công văn ${name}`, steps: 'official' },
          { name: `${name}.pdf`, content, type: 'application/pdf' },
        ),
      );
      assert.ok([400, 415].includes(res.statusCode), `${name}: ${res.statusCode} ${res.body}`);
      assert.ok(res.json().message_vi && res.json().message_en, res.body);
      if (reason) assert.equal(res.json().reason, reason);
    }
    assert.deepEqual(await counts(), { docs: 0, sigs: 0, book: 0 });
  });

  it('certifying a copy', async () => {
    for (const [name, content, reason] of bad()) {
      const res = await http.post(
        `/agencies/${ids.hamRong}/certified-copies`,
        receiver,
        form(
          { title: `Giấy tờ ${name}`, requesterName: 'Nguyễn Văn An', requesterAccountId: citizenId },
          { name: `${name}.pdf`, content, type: 'application/pdf' },
        ),
      );
      assert.ok([400, 415].includes(res.statusCode), `${name}: ${res.statusCode} ${res.body}`);
      assert.ok(res.json().message_vi && res.json().message_en, res.body);
      if (reason) assert.equal(res.json().reason, reason);
    }
    assert.deepEqual(await counts(), { docs: 0, sigs: 0, book: 0 });
  });
});
