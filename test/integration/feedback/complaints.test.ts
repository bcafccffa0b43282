import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { feedbackDeps } from '../../../src/server/modules/feedback/plugin';
import { submitComplaint } from '../../../src/server/modules/feedback/services/submit-complaint';
import { createTestApp, type TestContext } from '../../support/app';
import { DEFAULT_DEMO, type Session, seedDemo, signIn, signInStaff } from '../../support/identity';
import { startMailSink } from '../../support/mail-sink';
import { agencyId } from '../dossiers/support';
import { demoDossiersByState, get, post } from './support';

describe('complaints and suggestions (phản ánh, kiến nghị)', () => {
  let t: TestContext;
  let mail: Awaited<ReturnType<typeof startMailSink>>;
  let citizen: Session;
  let other: Session;
  let receiver: Session;
  let hamRong: string;
  let byState: Awaited<ReturnType<typeof demoDossiersByState>>;
  const valid = {
    kind: 'complaint',
    category: 'official',
    title: 'Yêu cầu bổ sung không rõ ràng',
    content: 'Phiếu yêu cầu bổ sung không ghi rõ cần nộp giấy tờ gì, tôi phải đi lại hai lần.',
  };

  before(async () => {
    mail = await startMailSink();
    t = await createTestApp({ SMTP_URL: mail.url }, { jobs: true });
    await seedDemo(t.platform, { modules: [...DEFAULT_DEMO, 'signing', 'dossiers'] });
    citizen = await signIn(t.app, '0900000001');
    other = await signIn(t.app, '0900000002', undefined, '10.0.0.2');
    receiver = await signInStaff(t.app, t.platform, 'motcua.hamrong');
    hamRong = await agencyId(t.app, '000.31.21.H56');
    byState = await demoDossiersByState(t, citizen);
  });
  after(async () => {
    await t.close();
    await mail.close();
  });

  /** The raw mail (soft line breaks joined) to the demo citizen that names `code`. */
  const mailAbout = async (code: string) => {
    for (let i = 0; i < 200; i++) {
      const m = mail.messages
        .filter((x) => x.to.includes('nguyen.van.an@example.vn'))
        .map((x) => x.raw.replace(/=\r?\n/g, ''))
        .find((raw) => raw.includes(code));
      if (m) return m;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no mail about ${code}`);
  };

  const act = (s: Session, id: string, action: string, note?: string) =>
    post(t, s, `/api/v1/complaints/${id}/actions/${action}`, note ? { note } : {});

  it('routes a complaint about a dossier to its agency, with deadlines, a history, an audit record and a notice', async () => {
    const d = byState('supplement_requested');
    const res = await post(t, citizen, '/api/v1/me/complaints', { ...valid, dossierId: d.id });
    assert.equal(res.statusCode, 201, res.body);
    const c = res.json();
    assert.match(c.code, /^PAKN-\d{6}-0001$/);
    assert.equal(c.agency.id, hamRong);
    assert.equal(c.dossier.code, d.code);
    assert.equal(c.state, 'received');
    assert.equal(c.stateName.vi, 'Đã tiếp nhận');
    assert.equal(c.overdue, false);
    assert.ok(new Date(c.answerDueAt) > new Date(c.decideDueAt));
    assert.match(c.legalBasis, /766/);
    assert.deepEqual(c.allowedActions, []);
    assert.equal(c.history.length, 1);
    const audit = await t.platform.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'feedback.complaint_submitted')
      .where('subject_id', '=', c.id)
      .execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.chain, hamRong);
    const text = await mailAbout(c.code);
    assert.match(text, /H=E1=BA=A1n tr=E1=BA=A3 l=E1=BB=9Di|Hạn trả lời/);
    const mine = (await get(t, citizen, '/api/v1/me/complaints')).json();
    assert.equal(mine.items[0].id, c.id);
    assert.ok(mine.notices.some((n: { complaintId: string }) => n.complaintId === c.id));
  });

  it('tells the officials who may handle it at that agency by e-mail, and nobody else', async () => {
    const c = (
      await post(t, citizen, '/api/v1/me/complaints', { ...valid, dossierId: byState('returned').id })
    ).json();
    const recipients = async () => {
      for (let i = 0; i < 200; i++) {
        const to = mail.messages
          .filter((m) => m.raw.replace(/=\r?\n/g, '').includes(`${c.code} - New complaint`))
          .flatMap((m) => m.to);
        if (to.length >= 3) return to.sort();
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`officials were not told of ${c.code}`);
    };
    assert.deepEqual(await recipients(), [
      'chuyenvien.hamrong@cuaso.local',
      'lanhdao.hamrong@cuaso.local',
      'motcua.hamrong@cuaso.local',
    ]);
  });

  it('lets the agency accept, handle and answer; the citizen sees the answer and closes it', async () => {
    const created = (
      await post(t, citizen, '/api/v1/me/complaints', { ...valid, dossierId: byState('returned').id })
    ).json();
    const inbox = (await get(t, receiver, '/api/v1/complaints')).json();
    const row = inbox.items.find((i: { id: string }) => i.id === created.id);
    assert.equal(row.deadlineColour === 'green' || row.deadlineColour === 'yellow', true);
    assert.deepEqual(row.allowedActions, ['accept', 'refuse']);
    assert.equal((await act(receiver, created.id, 'accept')).json().state, 'accepted');
    assert.equal((await act(receiver, created.id, 'start')).json().state, 'handling');
    const answer = 'Phường đã rút kinh nghiệm; phiếu bổ sung từ nay ghi rõ từng giấy tờ.';
    const answered = (await act(receiver, created.id, 'answer', answer)).json();
    assert.equal(answered.state, 'answered');
    assert.equal(answered.answer, answer);
    const seen = (await get(t, citizen, `/api/v1/complaints/${created.id}`)).json();
    assert.equal(seen.answer, answer);
    assert.deepEqual(
      seen.history.map((h: { action: string }) => h.action),
      ['submit', 'accept', 'start', 'answer'],
    );
    assert.deepEqual(seen.allowedActions, ['close', 'satisfied', 'dissatisfied', 'reopen']);
    assert.equal((await act(citizen, created.id, 'close')).json().state, 'closed');
    const notices = await t.platform.db
      .selectFrom('feedback_notices')
      .selectAll()
      .where('complaint_id', '=', created.id);
    for (let i = 0; i < 100 && (await notices.execute()).length < 5; i++)
      await new Promise((r) => setTimeout(r, 100));
    assert.equal((await notices.execute()).length, 5);
    assert.ok((await notices.execute()).some((n) => n.body.includes(answer)));
  });

  it('lets the author say whether the answer satisfied, or raise it again with what is still wrong', async () => {
    const answered = async () => {
      const c = (await post(t, citizen, '/api/v1/me/complaints', { ...valid, agencyId: hamRong })).json();
      await act(receiver, c.id, 'accept');
      assert.equal(
        (await act(receiver, c.id, 'answer', 'Đã chấn chỉnh cán bộ tiếp nhận.')).json().state,
        'answered',
      );
      return c.id as string;
    };
    const first = await answered();
    // Only the author gives the verdict: an official is refused by the table, another citizen sees nothing.
    const byStaff = await act(receiver, first, 'dissatisfied');
    assert.equal(byStaff.statusCode, 409);
    assert.deepEqual(byStaff.json().allowed_actions, ['close']);
    assert.equal((await act(other, first, 'satisfied')).statusCode, 404);
    const closed = (await act(citizen, first, 'dissatisfied')).json();
    assert.equal(closed.state, 'closed');
    assert.equal(closed.history.at(-1).action, 'dissatisfied');
    assert.deepEqual(closed.allowedActions, []);
    assert.equal((await act(citizen, first, 'satisfied')).statusCode, 409);

    const second = await answered();
    // Raising it again needs what is still wrong; without it nothing changes.
    const bare = await act(citizen, second, 'reopen');
    assert.equal(bare.statusCode, 400);
    assert.equal(bare.json().errors[0].path, 'body.note');
    assert.match(bare.json().detail ?? bare.json().title ?? bare.body, /chưa được giải quyết|not resolved/);
    assert.equal((await get(t, citizen, `/api/v1/complaints/${second}`)).json().state, 'answered');
    const reopened = (await act(citizen, second, 'reopen', 'Phiếu bổ sung vẫn chưa ghi rõ giấy tờ.')).json();
    assert.equal(reopened.state, 'handling');
    assert.deepEqual(reopened.allowedActions, []);
    // The officials who may handle it are told it is back.
    const toldOf = async (subject: string) => {
      for (let i = 0; i < 200; i++) {
        const to = mail.messages
          .filter((m) => m.raw.replace(/=\r?\n/g, '').includes(subject))
          .flatMap((m) => m.to);
        if (to.length >= 3) return to.sort();
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`officials were not told: ${subject}`);
    };
    assert.deepEqual(await toldOf(`${reopened.code} - Complaint raised again`), [
      'chuyenvien.hamrong@cuaso.local',
      'lanhdao.hamrong@cuaso.local',
      'motcua.hamrong@cuaso.local',
    ]);
    assert.equal(
      (await act(receiver, second, 'answer', 'Đã sửa mẫu phiếu bổ sung.')).json().state,
      'answered',
    );
    const liked = (await act(citizen, second, 'satisfied')).json();
    assert.equal(liked.state, 'closed');
    assert.deepEqual(
      liked.history.map((h: { action: string }) => h.action),
      ['submit', 'accept', 'answer', 'reopen', 'answer', 'satisfied'],
    );
    const audit = await t.platform.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', second)
      .orderBy('seq')
      .execute();
    assert.ok(audit.some((a) => a.action === 'feedback.complaint_reopen'));
    assert.ok(audit.some((a) => a.action === 'feedback.complaint_satisfied'));
  });

  it('refuses transitions the table does not allow with 409 and the allowed actions, changing nothing', async () => {
    const c = (await post(t, citizen, '/api/v1/me/complaints', { ...valid, agencyId: hamRong })).json();
    for (const action of ['start', 'answer', 'close']) {
      const res = await act(receiver, c.id, action, 'Nội dung');
      assert.equal(res.statusCode, 409, `${action}: ${res.body}`);
      assert.equal(res.json().code, 'INVALID_TRANSITION');
      assert.equal(res.json().state, 'received');
      assert.deepEqual(res.json().allowed_actions, ['accept', 'refuse']);
    }
    const early = await act(citizen, c.id, 'close');
    assert.equal(early.statusCode, 409);
    assert.deepEqual(early.json().allowed_actions, []);
    // A refusal needs its reason.
    const bare = await act(receiver, c.id, 'refuse');
    assert.equal(bare.statusCode, 400);
    assert.equal(bare.json().errors[0].path, 'body.note');
    const refused = await act(receiver, c.id, 'refuse', 'Nội dung thuộc thẩm quyền của Sở Tư pháp.');
    assert.equal(refused.json().state, 'refused');
    assert.equal(refused.json().refusalReason, 'Nội dung thuộc thẩm quyền của Sở Tư pháp.');
    assert.equal((await act(receiver, c.id, 'accept')).statusCode, 409);
    const events = await t.platform.db
      .selectFrom('feedback_complaint_events')
      .select('action')
      .where('complaint_id', '=', c.id)
      .execute();
    assert.deepEqual(
      events.map((e) => e.action),
      ['submit', 'refuse'],
    );
    await assert.rejects(sql`delete from feedback_complaint_events`.execute(t.platform.db), /append-only/);
  });

  it('keeps complaints within their agency and their author', async () => {
    const c = (await post(t, citizen, '/api/v1/me/complaints', { ...valid, agencyId: hamRong })).json();
    assert.equal((await get(t, other, `/api/v1/complaints/${c.id}`)).statusCode, 404);
    assert.equal((await act(other, c.id, 'close')).statusCode, 404);
    const outsider = await signInStaff(t.app, t.platform, 'motcua.hacthanh');
    assert.equal((await get(t, outsider, `/api/v1/complaints/${c.id}`)).statusCode, 404);
    assert.equal((await act(outsider, c.id, 'accept')).statusCode, 404);
    assert.ok(
      !(await get(t, outsider, '/api/v1/complaints')).json().items.some((i: { id: string }) => i.id === c.id),
    );
    const admin = await signInStaff(t.app, t.platform, 'quantri.hamrong');
    const seenByAdmin = await get(t, admin, `/api/v1/complaints/${c.id}`);
    assert.equal(seenByAdmin.statusCode, 200);
    // An agency admin reads complaints but does not handle them: no action is offered.
    assert.deepEqual(seenByAdmin.json().allowedActions, []);
    assert.deepEqual((await get(t, receiver, `/api/v1/complaints/${c.id}`)).json().allowedActions, [
      'accept',
      'refuse',
    ]);
    assert.equal((await act(admin, c.id, 'accept')).statusCode, 403);
    // Another citizen's dossier is not theirs to complain about.
    const foreign = await post(t, other, '/api/v1/me/complaints', {
      ...valid,
      dossierId: byState('returned').id,
    });
    assert.equal(foreign.statusCode, 404);
    assert.equal(
      (await post(t, receiver, '/api/v1/me/complaints', { ...valid, agencyId: hamRong })).statusCode,
      403,
    );
  });

  it('rejects bad input with a bilingual problem and stores nothing', async () => {
    const before = await t.platform.db
      .selectFrom('feedback_complaints')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    for (const body of [
      { ...valid },
      { ...valid, agencyId: hamRong, dossierId: byState('returned').id },
      { ...valid, agencyId: hamRong, title: 'Ngắn' },
      { ...valid, agencyId: hamRong, content: 'x'.repeat(5001) },
      { ...valid, agencyId: hamRong, kind: 'accusation' },
      { ...valid, agencyId: '00000000-0000-4000-8000-000000000000' },
    ]) {
      const res = await post(t, citizen, '/api/v1/me/complaints', body);
      assert.equal(res.statusCode, 400, `${JSON.stringify(body).slice(0, 80)} ${res.body}`);
      assert.ok(res.json().message_vi && res.json().message_en);
    }
    const afterCount = await t.platform.db
      .selectFrom('feedback_complaints')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(afterCount.n), Number(before.n));
  });

  it('computes the deadlines on the holiday calendar across Giỗ Tổ and 30/4–1/5', async () => {
    const deps = feedbackDeps(t.platform);
    const actor = {
      kind: 'citizen' as const,
      accountId: citizen.id,
      sessionId: 'x',
      actingOrganisationId: null,
    };
    const c = await submitComplaint(
      {
        actor,
        request: { ...valid, kind: 'suggestion', category: 'procedure', agencyId: hamRong },
        info: { requestId: 'test', ip: null },
        now: new Date('2026-04-24T09:00:00+07:00'),
      },
      deps,
    );
    assert.match(c.code, /^PAKN-260424-0001$/);
    assert.equal(c.decideDueAt, new Date('2026-04-29T17:00:00+07:00').toISOString());
    assert.equal(c.answerDueAt, new Date('2026-05-20T17:00:00+07:00').toISOString());
    // Seen today, long past its decision deadline and still received: overdue and red.
    const seen = (await get(t, receiver, `/api/v1/complaints/${c.id}`)).json();
    assert.equal(seen.overdue, true);
    assert.equal(seen.deadlineColour, 'red');
  });
});
