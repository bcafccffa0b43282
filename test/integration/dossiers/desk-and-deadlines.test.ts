import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { birthRegistrationForm } from '../../../src/server/modules/dossiers/seed/sample-forms';
import { createTestApp, type TestContext } from '../../support/app';
import { as, type Session, seedDemo, signIn, signInStaff } from '../../support/identity';
import { agencyId, mandatoryPapers, todaysCounter, upload } from './support';

describe('walk-in intake, supplement, extension, withdrawal and claims', () => {
  let t: TestContext;
  let receiver: Session;
  let hamRong: string;
  let papers: number[];
  let citizenId: string;
  before(async () => {
    t = await createTestApp();
    await seedDemo(t.platform);
    receiver = await signInStaff(t.app, t.platform, 'motcua.hamrong');
    hamRong = await agencyId(t.app, '000.31.21.H56');
    papers = await mandatoryPapers(t.app, '1.001193');
    citizenId = (await signIn(t.app, '0900000001')).id;
  });
  after(() => t.close());

  const act = (s: Session, id: string, action: string, body: Record<string, unknown> = {}) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${id}/actions/${action}`,
      headers: as(s),
      payload: body,
    });

  const intake = async (key: string) => {
    const uploadId = await upload(t.app, receiver, 'scan-giay-chung-sinh.pdf');
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/desk/dossiers',
      headers: { ...as(receiver), 'idempotency-key': key },
      payload: {
        procedureCode: '1.001193',
        agencyId: hamRong,
        applicantAccountId: citizenId,
        formData: birthRegistrationForm(),
        attachments: papers.map((paper) => ({ paper, uploadId })),
      },
    });
  };

  it('enters a walk-in dossier, flags the scans as digitised, accepts it and keeps the scans for the citizen', async () => {
    const res = await intake('desk-intake-0001');
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().channel, 'desk');
    assert.equal(res.json().status, 'received');
    assert.ok(res.json().attachments.every((a: { digitised: boolean }) => a.digitised));
    assert.ok(res.json().documents.some((d: { kind: string }) => d.kind === 'receipt'));
    const citizen = await signIn(t.app, '0900000001');
    const store = (await t.app.inject({ url: '/api/v1/me/documents', headers: as(citizen) })).json().items;
    assert.ok(
      store.some(
        (d: { kind: string; sourceDossierId: string }) =>
          d.kind === 'digitised' && d.sourceDossierId === res.json().id,
      ),
    );
  });

  it("refuses a walk-in dossier clearly once the agency's numbers of the day are used up, and keeps nothing", async () => {
    const orgId = '000.31.21.H56';
    const count = async (table: string) =>
      (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(t.platform.db))
        .rows[0]!.n;
    const counter = await todaysCounter(t.platform, orgId);
    await counter.set(9999);
    try {
      const before = [
        await count('dossiers'),
        await count('dossier_attachments'),
        await count('personal_documents'),
      ];
      const res = await intake('desk-intake-used-up');
      assert.equal(res.statusCode, 503, res.body);
      assert.match(res.json().message_vi, /đã dùng hết 9\.999 số hồ sơ/);
      assert.deepEqual(
        [await count('dossiers'), await count('dossier_attachments'), await count('personal_documents')],
        before,
      );
    } finally {
      await counter.set(counter.taken);
    }
  });

  it('requests a supplement once, pauses the clock, and refuses a second request', async () => {
    const id = (await intake('desk-intake-0002')).json().id;
    const specialist = await signInStaff(t.app, t.platform, 'chuyenvien.hamrong');
    await act(receiver, id, 'assign', { assigneeId: specialist.id });
    const before = (await t.app.inject({ url: `/api/v1/dossiers/${id}`, headers: as(specialist) })).json()
      .appointment;
    const noReason = await act(specialist, id, 'request_supplement', {});
    assert.equal(noReason.statusCode, 400);
    const req = await act(specialist, id, 'request_supplement', {
      note: 'Thiếu bản chính giấy chứng sinh',
      items: ['Giấy chứng sinh (bản chính)'],
    });
    assert.equal(req.statusCode, 200, req.body);
    assert.equal(req.json().status, 'supplement_requested');
    assert.ok(req.json().documents.some((d: { kind: string }) => d.kind === 'supplement_request'));
    // Two weeks pass before the citizen brings the paper: working time whatever the hour the suite runs
    // (two hours back from an evening run would hold no office hours).
    await sql`update dossiers set supplement_requested_at = supplement_requested_at - interval '14 days' where id = ${id}`.execute(
      t.platform.db,
    );
    const citizen = await signIn(t.app, '0900000001');
    const uploadId = await upload(t.app, citizen);
    const done = await act(citizen, id, 'complete_supplement', {
      attachments: [{ paper: papers[0], uploadId }],
    });
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(done.json().status, 'processing');
    assert.ok(
      new Date(done.json().appointment) > new Date(before),
      'the appointment moved by the paused working time',
    );
    const second = await act(specialist, id, 'request_supplement', { note: 'Lần hai' });
    assert.equal(second.statusCode, 409);
    assert.match(second.json().message_vi, /một lần/);
  });

  it('extends with an apology letter only before the appointment passes', async () => {
    const id = (await intake('desk-intake-0003')).json().id;
    const specialist = await signInStaff(t.app, t.platform, 'chuyenvien.hamrong');
    await act(receiver, id, 'assign', { assigneeId: specialist.id });
    const ok = await act(specialist, id, 'extend', {
      note: 'Cần xác minh thông tin nơi sinh',
      extraWorkingDays: 2,
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.ok(ok.json().documents.some((d: { kind: string }) => d.kind === 'apology'));
    await sql`update dossiers set due_at = now() - interval '1 hour' where id = ${id}`.execute(t.platform.db);
    const late = await act(specialist, id, 'extend', { note: 'Quá hạn', extraWorkingDays: 1 });
    assert.equal(late.statusCode, 409);
    assert.match(late.json().message_en, /before it/);
  });

  it('lets the applicant withdraw, after which nothing else can be done (409 with no allowed action)', async () => {
    const id = (await intake('desk-intake-0004')).json().id;
    const citizen = await signIn(t.app, '0900000001');
    const res = await act(citizen, id, 'withdraw');
    assert.equal(res.json().status, 'withdrawn');
    const after = await act(receiver, id, 'assign', { assigneeId: citizen.id });
    assert.equal(after.statusCode, 409);
    assert.deepEqual(after.json().allowed_actions, []);
  });

  it('lets one official claim a dossier at a time', async () => {
    const id = (await intake('desk-intake-0005')).json().id;
    const leader = await signInStaff(t.app, t.platform, 'lanhdao.hamrong');
    const claim = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${id}/claim`,
      headers: as(leader),
    });
    assert.equal(claim.statusCode, 200);
    const specialist = await signInStaff(t.app, t.platform, 'chuyenvien.hamrong');
    const blocked = await act(receiver, id, 'assign', { assigneeId: specialist.id });
    assert.equal(blocked.statusCode, 409);
    assert.match(blocked.json().message_vi, /cán bộ khác/);
    await t.app.inject({ method: 'POST', url: `/api/v1/dossiers/${id}/release`, headers: as(leader) });
    assert.equal((await act(receiver, id, 'assign', { assigneeId: specialist.id })).statusCode, 200);
  });

  it('keeps the action log append-only and the state equal to its replay', async () => {
    await assert.rejects(sql`update dossier_actions set note = 'sửa'`.execute(t.platform.db), /append-only/);
    const { deriveState, WORKFLOWS } = await import('../../../src/contracts/dossier-workflow');
    const rows = await sql<{
      id: string;
      state: string;
      workflow: string;
    }>`select id, state, workflow from dossiers`.execute(t.platform.db);
    for (const d of rows.rows) {
      const log = await sql<{
        action: 'submit';
      }>`select action from dossier_actions where dossier_id = ${d.id} order by seq`.execute(t.platform.db);
      assert.equal(deriveState(WORKFLOWS[d.workflow]!, log.rows), d.state);
    }
  });
});
