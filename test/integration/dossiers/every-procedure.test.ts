// Every commune-level procedure of the catalogue goes through the one-stop desk, not only birth
// registration: submitted online with a form that satisfies its own e-form and its mandatory papers,
// accepted with a receipt, processed, approved, signed by the leader and handed over, and tracked
// publicly at each end.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { TestContext } from '../../support/app';
import { as, DEFAULT_DEMO, type Session } from '../../support/identity';
import { sampleForm } from '../../support/sample-form';
import { tempDir } from '../../support/temp';
import { birthRegistrationBed, dossierActions, mandatoryPapers, upload } from './support';

type Summary = { code: string; name: string };

/** The form's field names that could not be mistaken for Vietnamese words (`fullName`, `madeAt`). */
function keysOf(data: unknown): string[] {
  if (Array.isArray(data)) return data.flatMap(keysOf);
  if (typeof data !== 'object' || data === null) return [];
  return Object.entries(data).flatMap(([k, v]) => [...(/[A-Z]/.test(k) ? [k] : []), ...keysOf(v)]);
}

/** Results with a template of their own (TT 04/2020/TT-BTP; the household business certificate). */
const TEMPLATED: Record<string, string> = {
  '1.001193': 'TRÍCH LỤC KHAI SINH',
  '1.000656': 'TRÍCH LỤC KHAI TỬ',
  '1.000894': 'GIẤY CHỨNG NHẬN KẾT HÔN',
  '1.004873': 'GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN',
  '1.001612': 'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
};

const CERTIFIED_COPIES = '2.000815';

describe('every commune-level procedure through the one-stop desk', { timeout: 600_000 }, () => {
  let t: TestContext;
  let citizen: Session;
  let hamRong: string;
  let staff: ReturnType<typeof dossierActions>['staff'];
  let act: ReturnType<typeof dossierActions>['ok'];
  let procedures: Summary[];
  before(async () => {
    // Signing's demo gives the leader and the agency their certificates.
    ({ t, citizen, hamRong } = await birthRegistrationBed({ TRACKING_RATE_LIMIT_PER_MINUTE: '1000' }, {}, [
      ...DEFAULT_DEMO,
      'signing',
    ]));
    ({ staff, ok: act } = dossierActions(t.app, t.platform));
    const list = (await t.app.inject('/api/v1/procedures?level=commune&limit=100')).json();
    procedures = list.items;
  });
  after(() => t.close());

  it('lists the catalogue’s commune-level procedures', () => {
    assert.ok(procedures.length >= 40, `only ${procedures.length} procedures`);
  });

  /**
   * The signed result reads as its paper: the template's title, or the generic result with the form's
   * facts under the form's own labels (never a field's key), with the sample's names in Vietnamese.
   */
  const checkResultPaper = async (
    code: string,
    formData: Record<string, unknown>,
    id: string,
    documents: { id: string; kind: string; name: { vi: string } }[],
  ) => {
    const result = documents.find((doc) => doc.kind === 'result');
    assert.ok(result, `${code}: a result`);
    const res = await t.app.inject({
      url: `/api/v1/dossiers/${id}/documents/${result.id}`,
      headers: as(citizen),
    });
    assert.equal(res.statusCode, 200, `${code}: ${res.body.slice(0, 300)}`);
    // Chứng thực bản sao: the result is the certified copy of the scan (certified-copy-result.test.ts).
    if (code === CERTIFIED_COPIES) {
      assert.match(result.name.vi, /^Bản sao chứng thực — .+, số \d+\/\d{4}\/SCT-BS$/, code);
      return;
    }
    const file = join(tempDir('cuaso-result-'), 'ket-qua.pdf');
    writeFileSync(file, res.rawPayload);
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
    assert.match(text, new RegExp(TEMPLATED[code] ?? 'KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'), code);
    assert.match(text.toLocaleUpperCase('vi'), /NGUYỄN VĂN AN/, `${code}: the sample's name`);
    for (const key of keysOf(formData)) assert.ok(!text.includes(key), `${code}: the key ${key} printed`);
    if (!TEMPLATED[code]) assert.match(text, /theo nội dung tờ\s+khai:/, code);
  };

  it('submits, receives, processes, signs and hands over a dossier of each', async () => {
    const specialist = await staff('chuyenvien.hamrong');
    const failures: string[] = [];
    let n = 0;
    for (const p of procedures) {
      const detail = (await t.app.inject(`/api/v1/procedures/${p.code}`)).json();
      const papers = await mandatoryPapers(t.app, p.code);
      const uploadId = await upload(t.app, citizen);
      const formData = sampleForm(detail.currentVersion.eform.schema);
      const submitted = await t.app.inject({
        method: 'POST',
        url: '/api/v1/dossiers',
        headers: { ...as(citizen), 'idempotency-key': `every-procedure-${++n}-key` },
        payload: {
          procedureCode: p.code,
          agencyId: hamRong,
          formData,
          attachments: papers.map((paper) => ({ paper, uploadId })),
        },
      });
      if (submitted.statusCode !== 201) {
        failures.push(
          `${p.code} ${p.name}: submit ${submitted.statusCode} ${JSON.stringify(submitted.json().errors ?? submitted.body).slice(0, 600)}`,
        );
        continue;
      }
      const d = submitted.json();
      const received = await act('motcua.hamrong', d.id, 'accept');
      assert.ok(received.appointment, `${p.code}: an appointment`);
      assert.ok(
        received.documents.some((doc: { kind: string }) => doc.kind === 'receipt'),
        `${p.code}: a receipt`,
      );
      await act('motcua.hamrong', d.id, 'assign', { assigneeId: specialist.id });
      await act('chuyenvien.hamrong', d.id, 'propose');
      await act('lanhdao.hamrong', d.id, 'approve');
      const signed = await act('lanhdao.hamrong', d.id, 'sign');
      assert.equal(signed.status, 'result_ready', p.code);
      await checkResultPaper(p.code, formData, d.id, signed.documents);
      const returned = await act('motcua.hamrong', d.id, 'return_result');
      assert.equal(returned.status, 'returned', p.code);
      const tracking = await t.app.inject(`/api/v1/tracking/${encodeURIComponent(d.code)}?phone=0001`);
      assert.equal(tracking.json().nationalStatus?.code, 10, `${p.code}: ${tracking.body}`);
    }
    assert.deepEqual(failures, []);
  });
});
