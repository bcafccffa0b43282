import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { dossierDeps } from '../../../src/server/modules/dossiers/plugin';
import { birthRegistrationForm } from '../../../src/server/modules/dossiers/seed/sample-forms';
import { settleFee } from '../../../src/server/modules/dossiers/services/settle-fee';
import type { TestContext } from '../../support/app';
import { as, DEFAULT_DEMO, type Session, signInStaff, staffSessions } from '../../support/identity';
import { birthRegistrationBed, upload } from './support';

type Indicator = {
  key: string;
  id: string;
  numerator: number;
  denominator: number;
  rate: number | null;
  legalBasis: string;
};

/**
 * QĐ 766 indicators against dossiers this test creates in one agency: 3 online submissions (one
 * reusing a stored scan, one paid online, one refused at intake), one walk-in with scans, and one
 * taken to a signed result.
 */
describe('QĐ 766 service indicators in the dossier statistics', { timeout: 240_000 }, () => {
  let t: TestContext;
  let citizen: Session;
  let receiver: Session;
  let leader: Session;
  let hamRong: string;
  let papers: number[];
  let seq = 0;
  let staff: ReturnType<typeof staffSessions>;

  before(async () => {
    // Signing's demo gives the leader and the agency their certificates; no demo dossiers.
    ({ t, citizen, hamRong, papers } = await birthRegistrationBed({}, {}, [...DEFAULT_DEMO, 'signing']));
    staff = staffSessions(t.app, t.platform);
    receiver = await staff('motcua.hamrong');
    leader = await staff('lanhdao.hamrong');
  });
  after(() => t.close());

  const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const statistics = async (s: Session, agency = hamRong) =>
    t.app.inject({
      url: `/api/v1/agencies/${agency}/dossier-statistics?from=${today()}&to=${today()}`,
      headers: as(s),
    });
  const indicators = async () => {
    const res = await statistics(leader);
    assert.equal(res.statusCode, 200, res.body);
    return Object.fromEntries((res.json().indicators as Indicator[]).map((i) => [i.key, i]));
  };
  const submit = async (attachments?: Record<string, unknown>[]) => {
    const uploadId = await upload(t.app, citizen);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: { ...as(citizen), 'idempotency-key': `indicators-${++seq}-0001` },
      payload: {
        procedureCode: '1.001193',
        agencyId: hamRong,
        formData: birthRegistrationForm({ childName: `Trần Chỉ Số ${seq}` }),
        attachments: attachments ?? papers.map((paper) => ({ paper, uploadId })),
      },
    });
    assert.equal(res.statusCode, 201, res.body);
    return res.json() as { id: string; code: string };
  };
  const act = async (login: string, id: string, action: string, body: Record<string, unknown> = {}) => {
    const s = await staff(login);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${id}/actions/${action}`,
      headers: as(s),
      payload: body,
    });
    assert.equal(res.statusCode, 200, `${action}: ${res.body}`);
  };

  it('shows every indicator as N/A before anything is received', async () => {
    const all = await indicators();
    assert.deepEqual(Object.keys(all).sort(), [
      'digitised',
      'electronicResult',
      'onTime',
      'online',
      'paidOnline',
      'reused',
    ]);
    for (const i of Object.values(all)) {
      assert.equal(i.rate, null, i.key);
      assert.equal(i.denominator, 0);
      assert.match(i.legalBasis, /QĐ 766\/QĐ-TTg/);
    }
    assert.deepEqual(
      Object.values(all).map((i) => i.id),
      ['2.1', '3.3', '3.6', '4.1', '4.2', '4.4'],
    );
  });

  it('counts online share, online payment, scans, reuse, signed results and timeliness', async () => {
    // A walk-in dossier with the papers scanned at the desk (digitised, kept in the citizen's store).
    const scan = await upload(t.app, receiver, 'scan.pdf');
    const walkIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/desk/dossiers',
      headers: { ...as(receiver), 'idempotency-key': 'indicators-desk-0001' },
      payload: {
        procedureCode: '1.001193',
        agencyId: hamRong,
        applicantAccountId: citizen.id,
        formData: birthRegistrationForm({ childName: 'Trần Tại Quầy' }),
        attachments: papers.map((paper) => ({ paper, uploadId: scan })),
      },
    });
    assert.equal(walkIn.statusCode, 201, walkIn.body);
    const stored = (await t.app.inject({ url: '/api/v1/me/documents', headers: as(citizen) }))
      .json()
      .items.find((d: { kind: string }) => d.kind === 'digitised');

    // Online: one reusing the stored scan, one paid online, one refused at intake.
    const fresh = await upload(t.app, citizen);
    const reusing = await submit([
      { paper: papers[0], personalDocumentId: stored.id },
      ...papers.slice(1).map((paper) => ({ paper, uploadId: fresh })),
    ]);
    const paid = await submit();
    const refused = await submit();
    await act('motcua.hamrong', refused.id, 'refuse', { note: 'Không thuộc thẩm quyền của UBND phường.' });
    // The payments module's settled event, handled by the dossiers module's real subscriber.
    await settleFee(
      {
        outboxId: 8_100_001,
        topic: 'payments.settled',
        agencyId: hamRong,
        payload: { dossierId: paid.id, amount: 16000, txnRef: 'CS-TEST-766', orderId: null },
      },
      dossierDeps(t.platform),
    );
    // The reusing dossier goes all the way to a signed result.
    const specialist = await staff('chuyenvien.hamrong');
    await act('motcua.hamrong', reusing.id, 'accept');
    await act('motcua.hamrong', reusing.id, 'assign', { assigneeId: specialist.id });
    // Fees asked for and paid at the desk: it owes fees, not paid online.
    await act('chuyenvien.hamrong', reusing.id, 'request_fee');
    await act('motcua.hamrong', reusing.id, 'confirm_fee');
    await act('chuyenvien.hamrong', reusing.id, 'propose');
    await act('lanhdao.hamrong', reusing.id, 'approve');
    await act('lanhdao.hamrong', reusing.id, 'sign');

    const i = await indicators();
    // 4 received, of which 3 online (walk-in is not).
    assert.deepEqual([i.online!.numerator, i.online!.denominator, i.online!.rate], [3, 4, 0.75]);
    // Birth registration's record lists no fee (copies of the extract are priced by law): the dossiers
    // known to owe are the one paid online and the one the agency asked to pay at the desk.
    assert.deepEqual([i.paidOnline!.numerator, i.paidOnline!.denominator, i.paidOnline!.rate], [1, 2, 0.5]);
    assert.deepEqual([i.digitised!.numerator, i.digitised!.denominator], [1, 4]);
    // Reuse counts dossiers, not papers.
    assert.deepEqual([i.reused!.numerator, i.reused!.denominator], [1, 4]);
    // One dossier has a result, and it is signed.
    assert.deepEqual(
      [i.electronicResult!.numerator, i.electronicResult!.denominator, i.electronicResult!.rate],
      [1, 1, 1],
    );
    // The refusal leaves the 2.1 denominator; the others are early or still within their appointment.
    assert.deepEqual([i.onTime!.numerator, i.onTime!.denominator, i.onTime!.rate], [3, 3, 1]);
  });

  it('counts a dossier past its appointment as late in 2.1', async () => {
    const late = await submit();
    await act('motcua.hamrong', late.id, 'accept');
    await t.platform.db
      .updateTable('dossiers')
      .set({ due_at: new Date(Date.now() - 3_600_000) })
      .where('id', '=', late.id)
      .execute();
    const i = await indicators();
    assert.deepEqual([i.onTime!.numerator, i.onTime!.denominator], [3, 4]);
    assert.equal(i.onTime!.rate, 0.75);
  });

  it('adds the indicators to the Excel book; other agencies and citizens see none of it', async () => {
    const book = await t.app.inject({
      url: `/api/v1/agencies/${hamRong}/dossier-book?from=${today()}&to=${today()}`,
      headers: as(leader),
    });
    assert.equal(book.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(book.rawPayload as never);
    const sheet = wb.getWorksheet('Chỉ số phục vụ (QĐ 766)');
    assert.ok(sheet, 'the indicators sheet');
    const rows: unknown[][] = [];
    sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const online = rows.find((r) => r[0] === '3.3')!;
    assert.deepEqual(online.slice(1, 5), ['Hồ sơ nộp trực tuyến', 4, 5, 0.8]);

    assert.equal((await statistics(citizen)).statusCode, 403);
    const other = await signInStaff(t.app, t.platform, 'motcua.hacthanh');
    assert.equal((await statistics(other)).statusCode, 404);
  });
});
