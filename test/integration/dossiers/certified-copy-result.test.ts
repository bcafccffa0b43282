// Chứng thực bản sao từ bản chính (2.000815) through the one-stop desk: the result is not a paper the
// commune writes but one certified electronic copy per original, numbered in the certification book,
// signed in the copy style, named by the form's list of originals and kept in the citizen's store.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { fileCertifiedCopy } from '../../../src/server/modules/dossiers/services/file-certified-copy';
import { notifyStatusChange } from '../../../src/server/modules/dossiers/services/notify-status-change';
import { findPersonById } from '../../../src/server/modules/identity';
import type { OutboxJob } from '../../../src/server/platform/jobs';
import type { TestContext } from '../../support/app';
import { makePdf, scanPng } from '../../support/files';
import { as, DEFAULT_DEMO, type Session } from '../../support/identity';
import { startMailSink } from '../../support/mail-sink';
import { tempDir } from '../../support/temp';
import { birthRegistrationBed, dossierActions, mandatoryPapers, upload } from './support';

const CERTIFY_COPIES = '2.000815';

const form = {
  declarant: {
    fullName: 'Nguyễn Văn An',
    personalId: '038090000001',
    residence: 'Số 12, phố Lê Lợi, phường Hàm Rồng, tỉnh Thanh Hóa',
    phone: '0900000001',
  },
  documents: [
    { title: 'Bằng tốt nghiệp đại học', issuer: 'Trường Đại học Hồng Đức', pages: 2, copies: 1 },
    { title: 'Giấy khai sinh', issuer: 'UBND phường Đông Cương', pages: 4, copies: 2 },
  ],
  foreignIssued: false,
  delivery: 'in_person',
  madeAt: 'Hàm Rồng',
  commitment: true,
};

type Doc = { id: string; kind: string; name: { vi: string; en: string }; signed: boolean };

describe('certified copies as the result of a dossier', { timeout: 180_000 }, () => {
  let t: TestContext;
  let citizen: Session;
  let hamRong: string;
  let dossier: { id: string; code: string; documents: Doc[] };
  let actions: ReturnType<typeof dossierActions>;
  let mail: Awaited<ReturnType<typeof startMailSink>>;
  before(async () => {
    mail = await startMailSink();
    ({ t, citizen, hamRong } = await birthRegistrationBed({ SMTP_URL: mail.url }, {}, [
      ...DEFAULT_DEMO,
      'signing',
    ]));
    actions = dossierActions(t.app, t.platform);
  });
  after(async () => {
    await t.close();
    await mail.close();
  });

  const pdfText = (bytes: Buffer) => {
    const file = join(tempDir('cuaso-copy-'), 'ban-sao.pdf');
    writeFileSync(file, bytes);
    return {
      text: spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout,
      signatures: spawnSync('pdfsig', [file], { encoding: 'utf8' }).stdout,
      qpdf: spawnSync('qpdf', ['--check', file], { encoding: 'utf8' }),
    };
  };

  it('certifies each original in the order the form lists them, in the book, with its fee', async () => {
    const [paper] = await mandatoryPapers(t.app, CERTIFY_COPIES);
    const diploma = await upload(t.app, citizen, 'scan-1.pdf', await makePdf('BANG TOT NGHIEP DAI HOC', 3));
    const birth = await upload(t.app, citizen, 'scan-2.png', scanPng());
    const submitted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: { ...as(citizen), 'idempotency-key': 'certified-copy-result-1' },
      payload: {
        procedureCode: CERTIFY_COPIES,
        agencyId: hamRong,
        formData: form,
        attachments: [
          { paper, uploadId: diploma },
          { paper, uploadId: birth },
        ],
      },
    });
    assert.equal(submitted.statusCode, 201, submitted.body);
    const { id, code } = submitted.json();
    await actions.ok('motcua.hamrong', id, 'accept');
    const specialist = await actions.staff('chuyenvien.hamrong');
    await actions.ok('motcua.hamrong', id, 'assign', { assigneeId: specialist.id });
    // The copies are the result: there is no draft to attach, and nothing changes when one is sent.
    const draftId = await upload(t.app, specialist, 'du-thao.pdf', await makePdf('DU THAO'));
    const withDraft = await actions.send('chuyenvien.hamrong', id, 'propose', {
      resultDraftUploadId: draftId,
    });
    assert.equal(withDraft.statusCode, 400, withDraft.body);
    assert.match(withDraft.json().message_vi, /bản sao chứng thực/);
    await actions.ok('chuyenvien.hamrong', id, 'propose');
    await actions.ok('lanhdao.hamrong', id, 'approve');
    dossier = await actions.ok('lanhdao.hamrong', id, 'sign');
    assert.equal((dossier as unknown as { status: string }).status, 'result_ready');
    assert.equal(dossier.code, code);

    const results = dossier.documents.filter((d) => d.kind === 'result');
    assert.equal(results.length, 2);
    const [first, second] = results.map((d) => d.name.vi);
    assert.match(first!, /^Bản sao chứng thực — Bằng tốt nghiệp đại học, số \d+\/\d{4}\/SCT-BS$/);
    assert.match(second!, /^Bản sao chứng thực — Giấy khai sinh, số \d+\/\d{4}\/SCT-BS$/);
    assert.ok(results.every((d) => d.signed));

    // The book: one entry per original, the requester, the leader as certifier, the fee of its pages
    // and copies (2,000 đ a page, 1,000 đ from the third: 2 pages × 1 copy, 4 pages × 2 copies).
    const leader = await actions.staff('lanhdao.hamrong');
    const book = (
      await t.app.inject({ url: `/api/v1/agencies/${hamRong}/certification-book`, headers: as(leader) })
    ).json().items as {
      number: string;
      title: string;
      requesterName: string;
      certifiedBy: string;
      feeVnd: number;
    }[];
    const entries = book.filter((e) => results.some((r) => r.name.vi.endsWith(`số ${e.number}`)));
    assert.deepEqual(
      entries.map((e) => [e.title, e.requesterName, e.certifiedBy === leader.id, e.feeVnd]).sort(),
      [
        ['Bằng tốt nghiệp đại học', 'Nguyễn Văn An', true, 4_000],
        ['Giấy khai sinh', 'Nguyễn Văn An', true, 12_000],
      ],
    );

    // Each copy is the scan, signed once in the copy style, and a sound PDF; the file name says what it is.
    for (const [i, doc] of results.entries()) {
      const res = await t.app.inject({
        url: `/api/v1/dossiers/${id}/documents/${doc.id}`,
        headers: as(citizen),
      });
      assert.equal(res.statusCode, 200);
      assert.match(decodeURIComponent(String(res.headers['content-disposition'])), /Bản sao chứng thực — /);
      const file = pdfText(res.rawPayload);
      assert.equal(file.qpdf.status, 0, file.qpdf.stdout + file.qpdf.stderr);
      assert.equal((file.signatures.match(/^Signature #\d+:/gm) ?? []).length, 1, file.signatures);
      assert.match(file.signatures, /Signature Validation: Signature is Valid/);
      if (i === 0) assert.match(file.text, /BANG TOT NGHIEP DAI HOC/);
    }
  });

  it('keeps each copy in the citizen’s store once, with its dossier, and the signing event files nothing more', async () => {
    const store = async () =>
      (
        await sql<{ title: string; source_dossier_id: string | null }>`
          select title, source_dossier_id from personal_documents
          where owner_account_id = ${citizen.id} and kind = 'certified_copy' order by title`.execute(
          t.platform.db,
        )
      ).rows;
    assert.deepEqual(await store(), [
      { title: 'Bằng tốt nghiệp đại học', source_dossier_id: dossier.id },
      { title: 'Giấy khai sinh', source_dossier_id: dossier.id },
    ]);
    const events = (
      await sql<{ id: string; payload: Record<string, unknown> }>`
        select id, payload from outbox
        where topic = 'signing.document_signed' and payload->>'reference' = ${dossier.code}`.execute(
        t.platform.db,
      )
    ).rows;
    assert.equal(events.length, 2);
    for (const e of events)
      await fileCertifiedCopy(
        {
          outboxId: Number(e.id),
          topic: 'signing.document_signed',
          payload: e.payload,
          agencyId: hamRong,
        } satisfies OutboxJob,
        {
          db: t.platform.db,
          config: t.platform.config,
          logger: t.platform.logger,
        },
      );
    assert.equal((await store()).length, 2);
    const notices = await sql<{ n: number }>`
      select count(*)::int as n from notices where account_id = ${citizen.id} and title like 'Bản sao chứng thực điện tử%'`.execute(
      t.platform.db,
    );
    assert.equal(notices.rows[0]!.n, 0);
  });

  it('names the signed copies in the notice and the e-mail of the status change', async () => {
    const event = (
      await sql<{ id: string; payload: Record<string, unknown> }>`
        select id, payload from outbox
        where topic = 'dossier.status_changed' and payload->>'dossierId' = ${dossier.id}
          and payload->>'action' = 'sign'`.execute(t.platform.db)
    ).rows[0]!;
    await notifyStatusChange(
      {
        outboxId: Number(event.id),
        topic: 'dossier.status_changed',
        payload: event.payload,
        agencyId: hamRong,
      },
      { db: t.platform.db, mailer: t.platform.mailer, config: t.platform.config },
    );
    const notice = await sql<{ body: string }>`
      select body from notices where dossier_id = ${dossier.id} and source_event = ${event.id}`.execute(
      t.platform.db,
    );
    assert.match(
      notice.rows[0]!.body,
      /Bản sao chứng thực — Bằng tốt nghiệp đại học, số \d+\/\d{4}\/SCT-BS; Bản sao/,
    );
    const person = await findPersonById(t.platform.db, citizen.id);
    assert.ok(person?.email, 'the demo citizen has an e-mail address');
    // The sink decodes quoted-printable byte by byte; the bytes are UTF-8.
    const text = Buffer.from(await mail.waitFor(person.email), 'latin1').toString('utf8');
    assert.match(
      text,
      /Kết quả đã ký số: Bản sao chứng thực — Bằng tốt nghiệp đại học, số \d+\/\d{4}\/SCT-BS/,
    );
  });
});
