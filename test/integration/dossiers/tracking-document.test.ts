// Public tracking serves a stored document (migration 0309). What must hold: after every change it
// shows, a lookup answers exactly what the dossier's record says (never an older state); a lookup
// fills a missing row and rebuilds one of an older format; a lookup never overwrites a row that a
// change wrote; a wrong pair stores nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  TRACKING_FORMAT,
  trackingDocument,
} from '../../../src/server/modules/dossiers/lib/tracking-document';
import { dossierDeps } from '../../../src/server/modules/dossiers/plugin';
import { findTrackingSource, writeTracking } from '../../../src/server/modules/dossiers/repo/tracking.repo';
import { birthRegistrationForm } from '../../../src/server/modules/dossiers/seed/sample-forms';
import { settleFee } from '../../../src/server/modules/dossiers/services/settle-fee';
import type { TestContext } from '../../support/app';
import { as, type Session, staffSessions } from '../../support/identity';
import { birthRegistrationBed, upload } from './support';

describe('public tracking document', () => {
  let t: TestContext;
  let citizen: Session;
  let hamRong: string;
  let papers: number[];
  let staff: ReturnType<typeof staffSessions>;
  before(async () => {
    ({ t, citizen, hamRong, papers } = await birthRegistrationBed());
    staff = staffSessions(t.app, t.platform);
  });
  after(() => t.close());

  let n = 0;
  const submit = async () => {
    const uploadId = await upload(t.app, citizen);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: { ...as(citizen), 'idempotency-key': `tracking-doc-${++n}-0001` },
      payload: {
        procedureCode: '1.001193',
        agencyId: hamRong,
        formData: birthRegistrationForm(),
        attachments: papers.map((paper) => ({ paper, uploadId })),
      },
    });
    assert.equal(res.statusCode, 201, res.body);
    return res.json() as { id: string; code: string };
  };
  const act = async (login: string, id: string, action: string, body: Record<string, unknown> = {}) => {
    const s = login === 'citizen' ? citizen : await staff(login);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${id}/actions/${action}`,
      headers: as(s),
      payload: body,
    });
    assert.equal(res.statusCode, 200, res.body);
  };
  const track = (code: string, phone = '0001') =>
    t.app.inject(`/api/v1/tracking/${encodeURIComponent(code)}?phone=${phone}`);
  const stored = (code: string) =>
    t.platform.db.selectFrom('dossier_tracking').selectAll().where('code', '=', code).executeTakeFirst();
  /** What the record says now, built the way a change builds it. */
  const fromRecord = async (id: string) =>
    JSON.parse(trackingDocument((await findTrackingSource(t.platform.db, { id }))!)!.body);

  it('answers what the record says after each change it shows, as JSON', async () => {
    const d = await submit();
    assert.equal(await stored(d.code), undefined);
    const first = await track(d.code);
    assert.equal(first.statusCode, 200);
    assert.match(String(first.headers['content-type']), /^application\/json/);
    assert.equal(first.json().state, 'submitted');
    assert.deepEqual(first.json(), await fromRecord(d.id));
    assert.equal((await stored(d.code))?.format, TRACKING_FORMAT);

    const specialist = await staff('chuyenvien.hamrong');
    const steps: [string, string, Record<string, unknown>, string][] = [
      ['motcua.hamrong', 'accept', {}, 'received'],
      ['motcua.hamrong', 'assign', { assigneeId: specialist.id }, 'processing'],
      ['chuyenvien.hamrong', 'request_fee', {}, 'fee_requested'],
    ];
    for (const [login, action, body, state] of steps) {
      await act(login, d.id, action, body);
      const res = await track(d.code);
      assert.equal(res.json().state, state, action);
      assert.equal(res.json().history.at(-1).action, action);
      assert.deepEqual(res.json(), await fromRecord(d.id));
    }
    assert.ok((await track(d.code)).json().appointment);

    // A fee settled online (the payments module's event) moves it on without any official.
    await settleFee(
      {
        outboxId: 8_200_001,
        topic: 'payments.settled',
        agencyId: hamRong,
        payload: { dossierId: d.id, amount: 16000, txnRef: 'CS-TRACK-1', orderId: null },
      },
      dossierDeps(t.platform),
    );
    const paid = (await track(d.code)).json();
    assert.equal(paid.state, 'processing');
    assert.equal(paid.history.at(-1).action, 'confirm_fee');

    await act('citizen', d.id, 'withdraw', { note: 'Gia đình làm lại hồ sơ.' });
    const withdrawn = await track(d.code);
    assert.equal(withdrawn.json().nationalStatus.code, 7);
    assert.deepEqual(withdrawn.json(), await fromRecord(d.id));
    assert.doesNotMatch(withdrawn.body, /Nguyễn|Trần|0900000001/);
  });

  it('stores nothing for a wrong pair or an unknown code, and answers both alike', async () => {
    const d = await submit();
    const wrong = await track(d.code, '9999');
    const unknown = await track('000.31.21.H56-991231-9999');
    assert.equal(wrong.statusCode, 404);
    assert.equal(unknown.statusCode, 404);
    const { request_id: _a, instance: _b, ...wrongProblem } = wrong.json() as Record<string, unknown>;
    const { request_id: _c, instance: _d, ...unknownProblem } = unknown.json() as Record<string, unknown>;
    assert.deepEqual(wrongProblem, unknownProblem);
    assert.equal(await stored(d.code), undefined);
  });

  it('rebuilds a row of an older format, and a lookup never overwrites what a change wrote', async () => {
    const d = await submit();
    await track(d.code);
    await t.platform.db
      .updateTable('dossier_tracking')
      .set({ format: TRACKING_FORMAT - 1, body: '{"stale":true}' })
      .where('code', '=', d.code)
      .execute();
    const rebuilt = await track(d.code);
    assert.equal(rebuilt.json().code, d.code);
    assert.equal((await stored(d.code))?.format, TRACKING_FORMAT);

    // A lookup that read the record before a change committed must not put its older state back.
    const before = trackingDocument((await findTrackingSource(t.platform.db, { id: d.id }))!)!;
    await act('motcua.hamrong', d.id, 'accept');
    await writeTracking(t.platform.db, before, 'fill');
    assert.equal((await track(d.code)).json().state, 'received');
  });
});
