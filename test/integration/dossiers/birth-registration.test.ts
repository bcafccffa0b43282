import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { birthRegistrationForm } from '../../../src/server/modules/dossiers/seed/sample-forms';
import type { TestContext } from '../../support/app';
import { as, DEFAULT_DEMO, type Session, signIn, signInStaff } from '../../support/identity';
import { tempDir } from '../../support/temp';
import { birthRegistrationBed, upload } from './support';

describe('birth registration: submission, one-stop processing and tracking', () => {
  let t: TestContext;
  let citizen: Session;
  let hamRong: string;
  let papers: number[];
  before(async () => {
    ({ t, citizen, hamRong, papers } = await birthRegistrationBed({}, { jobs: true }, [
      ...DEFAULT_DEMO,
      'signing',
    ]));
  });
  after(() => t.close());

  const attach = async () => {
    const attachments = [];
    for (const paper of papers) attachments.push({ paper, uploadId: await upload(t.app, citizen) });
    return attachments;
  };
  const submit = async (
    key: string,
    formData: Record<string, unknown> = birthRegistrationForm(),
    attachments?: { paper: number; uploadId: string }[],
  ) => {
    attachments ??= await attach();
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: { ...as(citizen), 'idempotency-key': key },
      payload: { procedureCode: '1.001193', agencyId: hamRong, formData, attachments },
    });
  };
  const act = (s: Session, id: string, action: string, body: Record<string, unknown> = {}) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${id}/actions/${action}`,
      headers: as(s),
      payload: body,
    });

  it('refuses a form that does not match the e-form, with bilingual field errors, and stores nothing', async () => {
    const form = birthRegistrationForm();
    (form.child as Record<string, unknown>).dateOfBirth = '20/11/2026';
    const res = await submit('bad-form-000001', form);
    assert.equal(res.statusCode, 400);
    assert.ok(res.json().errors.some((e: { path: string }) => e.path.includes('dateOfBirth')));
    const n = await sql<{ n: number }>`select count(*)::int as n from dossiers`.execute(t.platform.db);
    assert.equal(n.rows[0]!.n, 0);
  });

  it('refuses a submission without the mandatory papers', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: { ...as(citizen), 'idempotency-key': 'no-papers-0001' },
      payload: {
        procedureCode: '1.001193',
        agencyId: hamRong,
        formData: birthRegistrationForm(),
        attachments: [],
      },
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.json().errors[0].vi, /Thiếu giấy tờ bắt buộc/);
  });

  let dossierId = '';
  let code = '';
  it('submits with a code of the TT 01/2018 form and returns the same dossier on a retry', async () => {
    const attachments = await attach();
    const first = await submit('birth-key-000001', birthRegistrationForm(), attachments);
    assert.equal(first.statusCode, 201, first.body);
    code = first.json().code;
    dossierId = first.json().id;
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(2, 10).replaceAll('-', '');
    assert.equal(code, `000.31.21.H56-${today}-0001`);
    assert.equal(first.json().status, 'submitted');
    // A retry is the same request again (the browser resends the same body).
    const retry = await submit('birth-key-000001', birthRegistrationForm(), attachments);
    assert.equal(retry.statusCode, 200);
    assert.equal(retry.json().id, dossierId);
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: { ...as(citizen), 'idempotency-key': 'birth-key-000001' },
      payload: { procedureCode: '1.001193', agencyId: hamRong, formData: { changed: true }, attachments: [] },
    });
    assert.ok([400, 422].includes(other.statusCode));
  });

  it('is accepted by the receiver with a receipt and an appointment in working days', async () => {
    const receiver = await signInStaff(t.app, t.platform, 'motcua.hamrong');
    const inbox = (await t.app.inject({ url: '/api/v1/inbox', headers: as(receiver) })).json();
    assert.ok(inbox.items.some((i: { id: string }) => i.id === dossierId));
    const res = await act(receiver, dossierId, 'accept');
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().status, 'received');
    assert.ok(res.json().appointment);
    const receipt = res.json().documents.find((d: { kind: string }) => d.kind === 'receipt');
    assert.ok(receipt);
    const pdf = await t.app.inject({
      url: `/api/v1/dossiers/${dossierId}/documents/${receipt.id}`,
      headers: as(citizen),
    });
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');

    const again = await act(receiver, dossierId, 'accept');
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().state, 'received');
    assert.ok(again.json().allowed_actions.includes('assign'));
  });

  it('is assigned to a specialist, proposed and approved by the leader', async () => {
    const receiver = await signInStaff(t.app, t.platform, 'motcua.hamrong');
    const specialist = await signInStaff(t.app, t.platform, 'chuyenvien.hamrong');
    const leader = await signInStaff(t.app, t.platform, 'lanhdao.hamrong');
    const assignees = (
      await t.app.inject({ url: `/api/v1/dossiers/${dossierId}/assignees`, headers: as(receiver) })
    ).json().items;
    assert.ok(assignees.some((a: { id: string }) => a.id === specialist.id));
    const res = await act(receiver, dossierId, 'assign', { assigneeId: specialist.id });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().status, 'processing');
    assert.equal((await act(leader, dossierId, 'propose')).statusCode, 403);
    assert.equal((await act(specialist, dossierId, 'propose')).json().status, 'awaiting_approval');
    assert.equal((await act(leader, dossierId, 'approve')).json().status, 'awaiting_signature');
  });

  it('is signed by the leader and sealed: the citizen downloads a result whose signatures verify', async () => {
    const leader = await signInStaff(t.app, t.platform, 'lanhdao.hamrong');
    const signed = await act(leader, dossierId, 'sign');
    assert.equal(signed.statusCode, 200, signed.body);
    assert.equal(signed.json().status, 'result_ready');
    const result = signed.json().documents.find((d: { kind: string }) => d.kind === 'result');
    assert.ok(result?.signed);
    const pdf = await t.app.inject({
      url: `/api/v1/dossiers/${dossierId}/documents/${result.id}`,
      headers: as(citizen),
    });
    assert.equal(pdf.statusCode, 200);
    const { signingApi } = await import('../../../src/server/modules/signing');
    const report = await signingApi(t.platform).verifyPdf(new Uint8Array(pdf.rawPayload));
    assert.equal(report.signatures.length, 2);
    assert.ok(
      report.signatures.every((s: { indication: string }) => s.indication === 'TOTAL_PASSED'),
      JSON.stringify(report.signatures.map((s: { indication: string }) => s.indication)),
    );
    // An independent verifier agrees: poppler's pdfsig finds two valid signatures.
    const file = join(tempDir('cuaso-result-'), 'trich-luc.pdf');
    writeFileSync(file, pdf.rawPayload);
    const pdfsig = spawnSync('pdfsig', [file], { encoding: 'utf8' });
    assert.equal(
      (pdfsig.stdout.match(/Signature Validation: Signature is Valid\./g) ?? []).length,
      2,
      pdfsig.stdout,
    );
    const store = (await t.app.inject({ url: '/api/v1/me/documents', headers: as(citizen) })).json().items;
    assert.ok(
      store.some(
        (d: { kind: string; sourceDossierId: string }) =>
          d.kind === 'result' && d.sourceDossierId === dossierId,
      ),
    );
  });

  it('is handed over by the receiver, finished on time', async () => {
    const receiver = await signInStaff(t.app, t.platform, 'motcua.hamrong');
    const res = await act(receiver, dossierId, 'return_result');
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().status, 'returned');
    assert.ok(['early', 'on_time'].includes(res.json().verdict));
    const tracking = await t.app.inject(`/api/v1/tracking/${encodeURIComponent(code)}?phone=0001`);
    assert.equal(tracking.json().nationalStatus.code, 10);
    // Mẫu 06 lists every hand-over with its verdict; pdftotext reads it back with its diacritics.
    const slip = await t.app.inject({
      url: `/api/v1/dossiers/${dossierId}/control-slip`,
      headers: as(receiver),
    });
    assert.equal(slip.statusCode, 200);
    const file = join(tempDir('cuaso-slip-'), 'phieu.pdf');
    writeFileSync(file, slip.rawPayload);
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
    assert.match(text, /PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ/);
    assert.match(text, /Bộ phận tiếp nhận và trả kết quả/);
    assert.match(text, /Trước hạn|Đúng hạn/);
  });

  it('is tracked publicly by code and the last 4 digits of the phone, without personal data', async () => {
    const res = await t.app.inject(`/api/v1/tracking/${encodeURIComponent(code)}?phone=0001`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().nationalStatus.code, 10);
    assert.ok(res.json().history.length >= 7);
    assert.doesNotMatch(res.body, /Nguyễn Văn An|038090012345|Khang/);
    assert.equal(
      (await t.app.inject(`/api/v1/tracking/${encodeURIComponent(code)}?phone=9999`)).statusCode,
      404,
    );
  });

  it('keeps another citizen and another commune out (404)', async () => {
    const other = await signIn(t.app, '0900000002');
    assert.equal(
      (await t.app.inject({ url: `/api/v1/dossiers/${dossierId}`, headers: as(other) })).statusCode,
      404,
    );
    const hacThanh = await signInStaff(t.app, t.platform, 'motcua.hacthanh');
    assert.equal(
      (await t.app.inject({ url: `/api/v1/dossiers/${dossierId}`, headers: as(hacThanh) })).statusCode,
      404,
    );
    assert.equal((await act(hacThanh, dossierId, 'stop', { note: 'x' })).statusCode, 404);
  });

  it('notifies the applicant in the app at each status change, from the outbox', async () => {
    const start = Date.now();
    let n = 0;
    while (Date.now() - start < 20_000) {
      const r = await sql<{
        n: number;
      }>`select count(*)::int as n from notices where dossier_id = ${dossierId}`.execute(t.platform.db);
      n = r.rows[0]!.n;
      if (n >= 5) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.ok(n >= 5, `notices: ${n}`);
  });
});
