// The specialist's draft of the result (dự thảo kết quả): attached when the dossier goes to the leader,
// seen by officials only, and signed as it is; refused when it is not a PDF the leader could sign, not
// the specialist's own upload, or sent with another action.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { TestContext } from '../../support/app';
import { draftDecisionPdf, makePdf, scanPng, textBox } from '../../support/files';
import { as, DEFAULT_DEMO, type Session } from '../../support/identity';
import { sampleForm } from '../../support/sample-form';
import { tempDir } from '../../support/temp';
import { birthRegistrationBed, dossierActions, mandatoryPapers, signatureWidgets, upload } from './support';

const POOR_HOUSEHOLDS = '1.011607';

describe('the draft of the result', { timeout: 120_000 }, () => {
  let t: TestContext;
  let citizen: Session;
  let hamRong: string;
  let staff: ReturnType<typeof dossierActions>['staff'];
  let act: ReturnType<typeof dossierActions>['send'];
  let ok: ReturnType<typeof dossierActions>['ok'];
  let n = 0;
  before(async () => {
    ({ t, citizen, hamRong } = await birthRegistrationBed({}, {}, [...DEFAULT_DEMO, 'signing']));
    ({ staff, send: act, ok } = dossierActions(t.app, t.platform));
  });
  after(() => t.close());

  /** A dossier of the procedure in the specialist's hands. */
  const inProcessing = async () => {
    const detail = (await t.app.inject(`/api/v1/procedures/${POOR_HOUSEHOLDS}`)).json();
    const uploadId = await upload(t.app, citizen);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: { ...as(citizen), 'idempotency-key': `result-draft-${++n}-key` },
      payload: {
        procedureCode: POOR_HOUSEHOLDS,
        agencyId: hamRong,
        formData: sampleForm(detail.currentVersion.eform.schema),
        attachments: (await mandatoryPapers(t.app, POOR_HOUSEHOLDS)).map((paper) => ({ paper, uploadId })),
      },
    });
    assert.equal(res.statusCode, 201, res.body);
    const id = res.json().id as string;
    await ok('motcua.hamrong', id, 'accept');
    const specialist = await staff('chuyenvien.hamrong');
    await ok('motcua.hamrong', id, 'assign', { assigneeId: specialist.id });
    return id;
  };
  const text = (bytes: Buffer) => {
    const file = join(tempDir('cuaso-draft-'), 'ket-qua.pdf');
    writeFileSync(file, bytes);
    return spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout;
  };
  const documentsOf = async (s: Session, id: string) =>
    (await t.app.inject({ url: `/api/v1/dossiers/${id}`, headers: as(s) })).json().documents as {
      id: string;
      kind: string;
    }[];
  const download = async (s: Session, id: string, docId: string) =>
    t.app.inject({ url: `/api/v1/dossiers/${id}/documents/${docId}`, headers: as(s) });

  it('is signed as it is by the leader and the seal, and only officials see the draft', async () => {
    const id = await inProcessing();
    const specialist = await staff('chuyenvien.hamrong');
    const draftId = await upload(
      t.app,
      specialist,
      'du-thao-quyet-dinh.pdf',
      await makePdf('QUYET DINH cong nhan ho ngheo nam 2026', 4),
    );
    const proposed = await ok('chuyenvien.hamrong', id, 'propose', { resultDraftUploadId: draftId });
    const draft = proposed.documents.find((d: { kind: string }) => d.kind === 'result_draft');
    assert.equal(draft?.name.vi, 'Dự thảo kết quả giải quyết');

    // The leader reads it; the applicant neither sees nor downloads it.
    const leader = await staff('lanhdao.hamrong');
    const read = await download(leader, id, draft.id);
    assert.equal(read.statusCode, 200);
    assert.match(text(read.rawPayload), /QUYET DINH cong nhan ho ngheo nam 2026/);
    assert.ok(!(await documentsOf(citizen, id)).some((d) => d.kind === 'result_draft'));
    assert.equal((await download(citizen, id, draft.id)).statusCode, 404);

    await ok('lanhdao.hamrong', id, 'approve');
    const signed = await ok('lanhdao.hamrong', id, 'sign');
    const result = signed.documents.find((d: { kind: string }) => d.kind === 'result');
    const res = await download(citizen, id, result.id);
    assert.equal(res.statusCode, 200);
    const content = text(res.rawPayload);
    assert.match(content, /QUYET DINH cong nhan ho ngheo nam 2026/, 'the draft, not a generated paper');
    assert.doesNotMatch(content, /KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH/);
    const { signingApi } = await import('../../../src/server/modules/signing');
    const report = await signingApi(t.platform).verifyPdf(res.rawPayload);
    assert.deepEqual(
      report.signatures.map((s) => s.indication),
      ['TOTAL_PASSED', 'TOTAL_PASSED'],
    );
  });

  it('puts the signature under the draft’s own signer title, above the name', async () => {
    const id = await inProcessing();
    const specialist = await staff('chuyenvien.hamrong');
    const pdf = await draftDecisionPdf({ paragraphs: 14 });
    const draftId = await upload(t.app, specialist, 'du-thao-quyet-dinh.pdf', Buffer.from(pdf));
    await ok('chuyenvien.hamrong', id, 'propose', { resultDraftUploadId: draftId });
    await ok('lanhdao.hamrong', id, 'approve');
    const signed = await ok('lanhdao.hamrong', id, 'sign');
    const result = signed.documents.find((d: { kind: string }) => d.kind === 'result');
    const bytes = (await download(citizen, id, result.id)).rawPayload;
    const [official] = await signatureWidgets(bytes);
    const title = await textBox(pdf, 'PHÓ CHỦ TỊCH');
    const name = await textBox(pdf, 'Nguyễn Văn Bình');
    assert.equal(official?.page, title.page, 'on the page of the block (the second)');
    assert.ok(
      official!.top <= title.y && official!.y >= name.y + name.height,
      JSON.stringify({ official, title, name }),
    );
  });

  it('goes back to the generated paper when the dossier is proposed again without a draft', async () => {
    const id = await inProcessing();
    const specialist = await staff('chuyenvien.hamrong');
    const draftId = await upload(t.app, specialist, 'du-thao.pdf', await makePdf('DU THAO LAN 1'));
    await ok('chuyenvien.hamrong', id, 'propose', { resultDraftUploadId: draftId });
    await ok('lanhdao.hamrong', id, 'send_back', { note: 'Dự thảo chưa đúng thể thức' });
    await ok('chuyenvien.hamrong', id, 'propose');
    await ok('lanhdao.hamrong', id, 'approve');
    const signed = await ok('lanhdao.hamrong', id, 'sign');
    const result = signed.documents.find((d: { kind: string }) => d.kind === 'result');
    const content = text((await download(citizen, id, result.id)).rawPayload);
    assert.match(content, /KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH/);
    assert.doesNotMatch(content, /DU THAO LAN 1/);
  });

  it('refuses a draft that is not a PDF, not the specialist’s own, or sent with another action', async () => {
    const id = await inProcessing();
    const specialist = await staff('chuyenvien.hamrong');
    const scan = await upload(t.app, specialist, 'anh.png', scanPng());
    const theirs = await upload(t.app, citizen, 'cua-cong-dan.pdf');
    const mine = await upload(t.app, specialist, 'du-thao.pdf');
    for (const [action, body, path] of [
      ['propose', { resultDraftUploadId: scan }, 'PDF'],
      ['propose', { resultDraftUploadId: theirs }, 'không phải do bạn tải lên'],
      ['send_back', { note: 'Trả lại', resultDraftUploadId: mine }, 'trình lãnh đạo duyệt'],
    ] as const) {
      const res = await act('chuyenvien.hamrong', id, action, body);
      assert.equal(res.statusCode, 400, res.body);
      const error = res.json();
      assert.match(error.message_vi, new RegExp(path));
      assert.ok(error.message_en, 'and in English');
      assert.ok(JSON.stringify(error).includes('resultDraftUploadId'), res.body);
    }
    const after = (await t.app.inject({ url: `/api/v1/dossiers/${id}`, headers: as(specialist) })).json();
    assert.equal(after.status, 'processing', 'nothing changed');
    assert.ok(!after.documents.some((d: { kind: string }) => d.kind === 'result_draft'));
  });
});
