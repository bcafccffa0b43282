import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { DEFAULT_STEP_BUDGETS, HANDOVER_CUTOFF } from '../../../src/contracts/dossier-workflow';
import { dossierDeps } from '../../../src/server/modules/dossiers/plugin';
import { birthRegistrationForm } from '../../../src/server/modules/dossiers/seed/sample-forms';
import { controlSlipData } from '../../../src/server/modules/dossiers/services/control-slip';
import {
  REMINDER_QUEUE,
  remindDeadlines,
  runScheduledReminders,
} from '../../../src/server/modules/dossiers/services/remind-deadlines';
import { toLocalDate } from '../../../src/server/platform/calendar';
import type { TestContext } from '../../support/app';
import { as, type Session, signIn, signInStaff } from '../../support/identity';
import { startMailSink } from '../../support/mail-sink';
import { birthRegistrationBed, upload } from './support';

type Detail = {
  id: string;
  status: string;
  appointment: string | null;
  receivedAt: string | null;
  stepDueAt: string | null;
  step: { key: string } | null;
  appointmentColour: string;
  stepColour: string;
  allowedActions: string[];
  verdict: string | null;
  history: { at: string; action: string }[];
  claim: { by: { id: string; name: string }; at: string } | null;
};

describe('step deadlines, reminders, the apology rule and the inbox', () => {
  let t: TestContext;
  let mail: Awaited<ReturnType<typeof startMailSink>>;
  let citizen: Session;
  let receiver: Session;
  let specialist: Session;
  let leader: Session;
  let hamRong: string;
  let papers: number[];
  let n = 0;
  before(async () => {
    mail = await startMailSink();
    ({ t, citizen, hamRong, papers } = await birthRegistrationBed({ SMTP_URL: mail.url }, { jobs: true }));
    receiver = await signInStaff(t.app, t.platform, 'motcua.hamrong');
    specialist = await signInStaff(t.app, t.platform, 'chuyenvien.hamrong');
    leader = await signInStaff(t.app, t.platform, 'lanhdao.hamrong');
  });
  after(async () => {
    await t.close();
    await mail.close();
  });

  const submit = async () => {
    const attachments = [];
    for (const paper of papers) attachments.push({ paper, uploadId: await upload(t.app, citizen) });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: { ...as(citizen), 'idempotency-key': `steps-${process.pid}-${++n}` },
      payload: {
        procedureCode: '1.001193',
        agencyId: hamRong,
        formData: birthRegistrationForm(),
        attachments,
      },
    });
    assert.equal(res.statusCode, 201, res.body);
    return res.json().id as string;
  };
  const act = async (s: Session, id: string, action: string, body: Record<string, unknown> = {}) => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${id}/actions/${action}`,
      headers: as(s),
      payload: body,
    });
    return res;
  };
  const step = async (s: Session, id: string, action: string, body: Record<string, unknown> = {}) => {
    const res = await act(s, id, action, body);
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as Detail;
  };
  const detail = async (id: string, s: Session = receiver) =>
    (await t.app.inject({ url: `/api/v1/dossiers/${id}`, headers: as(s) })).json() as Detail;
  const lastAt = (d: Detail) => new Date(d.history.at(-1)!.at);
  const min = (a: Date, b: Date) => (a < b ? a : b);
  const cal = () => t.platform.calendar;

  it('sets each step’s deadline from the internal process on the working-day calendar, capped at the appointment', async () => {
    const id = await submit();
    const waiting = await detail(id);
    assert.equal(waiting.step?.key, 'receive');
    const submittedAt = new Date(waiting.history[0]!.at);
    assert.equal(
      waiting.stepDueAt,
      min(cal().addWorkingHours(submittedAt, 4), new Date(8.64e15)).toISOString(),
    );

    const accepted = await step(receiver, id, 'accept');
    const due = new Date(accepted.appointment!);
    assert.equal(accepted.step?.key, 'dispatch');
    assert.equal(
      accepted.stepDueAt,
      min(cal().addWorkingDays(lastAt(accepted), 0, { afternoonCutoff: HANDOVER_CUTOFF }), due).toISOString(),
    );

    const assigned = await step(receiver, id, 'assign', { assigneeId: specialist.id });
    assert.equal(assigned.step?.key, 'process');
    const total = cal().workingTimeBetween(new Date(assigned.receivedAt!), due);
    const expected = min(cal().addWorkingHours(lastAt(assigned), (total * 0.6) / 3_600_000), due);
    assert.equal(assigned.stepDueAt, expected.toISOString());
    assert.ok(new Date(assigned.stepDueAt!) <= due);

    const proposed = await step(specialist, id, 'propose');
    assert.equal(proposed.step?.key, 'approve');
    assert.equal(
      proposed.stepDueAt,
      min(cal().addWorkingDays(lastAt(proposed), 1, { afternoonCutoff: HANDOVER_CUTOFF }), due).toISOString(),
    );
    // The stored column is what the reminders read.
    const row = await sql<{
      step_due_at: Date;
    }>`select step_due_at from dossiers where id = ${id}`.execute(t.platform.db);
    assert.equal(row.rows[0]!.step_due_at.toISOString(), proposed.stepDueAt);
  });

  it('lets the province’s admin set a version’s own step times, with their legal basis; nobody else', async () => {
    const versionId = (
      await sql<{
        procedure_version_id: string;
      }>`select procedure_version_id from dossiers where procedure_code = '1.001193' limit 1`.execute(
        t.platform.db,
      )
    ).rows[0]!.procedure_version_id;
    const url = '/api/v1/procedures/1.001193/step-budgets';
    const initial = (await t.app.inject(url)).json();
    assert.equal(initial.versionId, versionId);
    assert.equal((await t.app.inject('/api/v1/procedures/9.999999/step-budgets')).statusCode, 404);
    assert.deepEqual(initial.budgets, DEFAULT_STEP_BUDGETS);
    assert.deepEqual(initial.overridden, []);
    const body = {
      budgets: { process: { unit: 'working_hours', value: 2 } },
      legalBasis: 'Quyết định số 123/QĐ-UBND phê duyệt quy trình nội bộ',
    };
    const communeAdmin = await signInStaff(t.app, t.platform, 'quantri.hamrong');
    const put = (s: Session, payload: unknown) =>
      t.app.inject({ method: 'PUT', url, headers: as(s), payload: payload as object });
    assert.equal((await put(communeAdmin, body)).statusCode, 404);
    assert.equal((await put(receiver, body)).statusCode, 403);
    assert.equal((await put(citizen, body)).statusCode, 403);
    const admin = await signInStaff(t.app, t.platform, 'admin');
    const bad = await put(admin, { budgets: { process: { unit: 'percent', value: 0 } }, legalBasis: 'x' });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().message_vi);
    assert.deepEqual((await t.app.inject(url)).json().overridden, []);
    const ok = await put(admin, body);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual(ok.json().overridden, ['process']);
    assert.deepEqual(ok.json().budgets.approve, DEFAULT_STEP_BUDGETS.approve);
    const audit = await sql<{
      n: number;
    }>`select count(*)::int as n from audit_log where action = 'dossier.step_budgets_set'`.execute(
      t.platform.db,
    );
    assert.equal(audit.rows[0]!.n, 1);

    const id = await submit();
    await step(receiver, id, 'accept');
    const assigned = await step(receiver, id, 'assign', { assigneeId: specialist.id });
    assert.equal(
      assigned.stepDueAt,
      min(cal().addWorkingHours(lastAt(assigned), 2), new Date(assigned.appointment!)).toISOString(),
    );
    await put(admin, { budgets: {}, legalBasis: 'Trở lại quy trình mặc định' });
  });

  it('puts each hand-over’s step deadline and verdict on the control slip (Mẫu 06), late when it overran', async () => {
    const id = await submit();
    await step(receiver, id, 'accept');
    // The appointment has passed: the next step's deadline is capped at it, so that step ends late.
    await sql`update dossiers set due_at = now() - interval '1 hour' where id = ${id}`.execute(t.platform.db);
    await step(receiver, id, 'assign', { assigneeId: specialist.id });
    await step(specialist, id, 'propose');
    const actor = (await import('../../../src/server/modules/identity')).actorForAccount;
    const { handOvers } = await controlSlipData(
      { actor: (await actor(t.platform.db, 'motcua.hamrong'))!, dossierId: id },
      dossierDeps(t.platform),
    );
    assert.equal(handOvers.length, 4);
    assert.ok(handOvers.every((h) => h.stepDueAt instanceof Date && h.step));
    assert.equal(handOvers[0]!.step, 'Kiểm tra, tiếp nhận hồ sơ');
    assert.notEqual(handOvers[0]!.verdict, 'late');
    assert.notEqual(handOvers[1]!.verdict, 'late');
    assert.equal(handOvers[2]!.step, 'Thẩm định, xử lý hồ sơ');
    assert.equal(handOvers[2]!.verdict, 'late');
    assert.equal(handOvers[3]!.note, 'Bước đang thực hiện');
    const pdf = await t.app.inject({ url: `/api/v1/dossiers/${id}/control-slip`, headers: as(receiver) });
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.rawPayload.subarray(0, 4).toString(), '%PDF');
  });

  it('counts a dossier late once its appointment passed without an apology, and no longer offers the extension', async () => {
    const id = await submit();
    await step(receiver, id, 'accept');
    await step(receiver, id, 'assign', { assigneeId: specialist.id });
    const extended = await step(specialist, id, 'extend', { note: 'Cần xác minh', extraWorkingDays: 3 });
    // Extending keeps the specialist's claim; they hand the dossier back before the leader acts.
    await t.app.inject({ method: 'POST', url: `/api/v1/dossiers/${id}/release`, headers: as(specialist) });
    const stopped = await step(leader, id, 'stop', { note: 'Người nộp đề nghị dừng' });
    assert.notEqual(stopped.verdict, 'late', 'ended before the extended appointment');
    assert.ok(extended.appointment);

    const late = await submit();
    await step(receiver, late, 'accept');
    await step(receiver, late, 'assign', { assigneeId: specialist.id });
    await sql`update dossiers set due_at = now() - interval '1 hour' where id = ${late}`.execute(
      t.platform.db,
    );
    const seen = await detail(late, specialist);
    assert.equal(seen.appointmentColour, 'overdue');
    assert.ok(!seen.allowedActions.includes('extend'));
    const refused = await act(specialist, late, 'extend', { note: 'Muộn', extraWorkingDays: 1 });
    assert.equal(refused.statusCode, 409);
    assert.match(refused.json().message_vi, /trước thời hạn/);
    const ended = await step(leader, late, 'stop', { note: 'Dừng' });
    assert.equal(ended.verdict, 'late');
    const docs = await sql<{
      n: number;
    }>`select count(*)::int as n from dossier_documents where dossier_id = ${late} and kind = 'apology'`.execute(
      t.platform.db,
    );
    assert.equal(docs.rows[0]!.n, 0);
  });

  it('reminds the assignee once before a step deadline, even when two runs race, by notice and e-mail', async () => {
    const deps = dossierDeps(t.platform);
    const id = await submit();
    await step(receiver, id, 'accept');
    await step(receiver, id, 'assign', { assigneeId: specialist.id });
    // Its step ends within the next working day; the appointment is days away.
    const now = new Date();
    const stepDue = cal().addWorkingHours(now, 2);
    await sql`update dossiers set step_due_at = ${stepDue}, due_at = ${cal().addWorkingDays(now, 10)} where id = ${id}`.execute(
      t.platform.db,
    );
    const [a, b] = await Promise.all([
      remindDeadlines({ now, horizonHours: 7.5 }, deps),
      remindDeadlines({ now, horizonHours: 7.5 }, deps),
    ]);
    const again = await remindDeadlines({ now, horizonHours: 7.5 }, deps);
    const rows = await sql<{
      kind: string;
      recipients: number;
    }>`select kind, recipients from dossier_reminders where dossier_id = ${id}`.execute(t.platform.db);
    assert.deepEqual(rows.rows, [{ kind: 'step_due_soon', recipients: 1 }]);
    assert.ok(a.sent + b.sent >= 1);
    assert.equal(again.sent, 0);
    const body = await mail.waitFor('chuyenvien.hamrong@cuaso.local');
    // The sink decodes bytes as Latin-1: the English part is read back exactly.
    assert.match(body, /Step deadline approaching for dossier .+ \(Examine and process\)/);
    const notices = await waitForNotices(id, specialist.id, 1);
    assert.equal(notices.length, 1);
    assert.match(notices[0]!.title, /Sắp đến hạn xử lý bước/);

    // A shorter horizon does not reach it; nothing is sent for a deadline days away.
    const far = await submit();
    await step(receiver, far, 'accept');
    await step(receiver, far, 'assign', { assigneeId: specialist.id });
    await sql`update dossiers set step_due_at = ${cal().addWorkingDays(now, 5)}, due_at = ${cal().addWorkingDays(now, 10)} where id = ${far}`.execute(
      t.platform.db,
    );
    await remindDeadlines({ now, horizonHours: 7.5 }, deps);
    const none = await sql<{
      n: number;
    }>`select count(*)::int as n from dossier_reminders where dossier_id = ${far}`.execute(t.platform.db);
    assert.equal(none.rows[0]!.n, 0);
  });

  it('sends one overdue notice for a missed appointment, and reminds the desk of an unassigned dossier', async () => {
    const deps = dossierDeps(t.platform);
    const id = await submit();
    await step(receiver, id, 'accept');
    await step(receiver, id, 'assign', { assigneeId: specialist.id });
    await sql`update dossiers set due_at = now() - interval '2 hours', step_due_at = now() - interval '2 hours' where id = ${id}`.execute(
      t.platform.db,
    );
    await remindDeadlines({ horizonHours: 7.5 }, deps);
    await remindDeadlines({ horizonHours: 7.5 }, deps);
    const rows = await sql<{
      kind: string;
    }>`select kind from dossier_reminders where dossier_id = ${id}`.execute(t.platform.db);
    assert.deepEqual(
      rows.rows.map((r) => r.kind),
      ['appointment_overdue'],
    );
    const overdue = await waitForNotices(id, specialist.id, 1);
    assert.match(overdue[0]!.title, /Quá hạn trả kết quả/);

    // An online dossier the desk has not opened for days: its receive step is overdue.
    const waiting = await submit();
    await sql`update dossiers set submitted_at = now() - interval '7 days' where id = ${waiting}`.execute(
      t.platform.db,
    );
    await remindDeadlines({ horizonHours: 7.5 }, deps);
    const desk = await waitForNotices(waiting, receiver.id, 1);
    assert.match(desk[0]!.title, /Quá hạn xử lý bước/);
    const audit = await sql<{
      n: number;
    }>`select count(*)::int as n from audit_log where action = 'dossier.reminded' and subject_id = ${waiting}`.execute(
      t.platform.db,
    );
    assert.equal(audit.rows[0]!.n, 1);
  });

  it('runs as the module’s scheduled job on the job runner, and rests on days off', async () => {
    assert.ok(REMINDER_QUEUE in (await t.platform.jobs.queueSizes()), 'the reminder task is defined');
    const deps = dossierDeps(t.platform);
    const id = await submit();
    await sql`update dossiers set submitted_at = now() - interval '7 days' where id = ${id}`.execute(
      t.platform.db,
    );
    // Sunday 29/11/2026 and Quốc khánh 2/9/2026: nobody is at work, nothing is sent.
    for (const dayOff of ['2026-11-29T09:00:00+07:00', '2026-09-02T09:00:00+07:00'])
      assert.deepEqual(await runScheduledReminders(7.5, deps, new Date(dayOff)), { checked: 0, sent: 0 });
    const none = await sql<{
      n: number;
    }>`select count(*)::int as n from dossier_reminders where dossier_id = ${id}`.execute(t.platform.db);
    assert.equal(none.rows[0]!.n, 0);

    // Through the queue, as the cron schedule runs it: today's answer depends on today being a working day.
    await t.platform.jobs.send(REMINDER_QUEUE, {});
    if (cal().isWorkingDay(toLocalDate(new Date()))) {
      const notices = await waitForNotices(id, receiver.id, 1);
      assert.equal(notices.length, 1);
      assert.match(notices[0]!.title, /Quá hạn xử lý bước/);
    } else {
      await new Promise((r) => setTimeout(r, 3000));
      const still = await sql<{
        n: number;
      }>`select count(*)::int as n from dossier_reminders where dossier_id = ${id}`.execute(t.platform.db);
      assert.equal(still.rows[0]!.n, 0);
    }
  });

  it('counts every tab whichever tab is shown, and shows who holds a dossier and since when', async () => {
    await step(receiver, await submit(), 'accept');
    const id = await submit();
    const all = (await t.app.inject({ url: '/api/v1/inbox?limit=200', headers: as(receiver) })).json();
    const one = (
      await t.app.inject({ url: '/api/v1/inbox?state=submitted&limit=200', headers: as(receiver) })
    ).json();
    assert.deepEqual(one.counts, all.counts);
    assert.equal(one.all, all.all);
    assert.ok(Object.keys(one.counts).length > 1, JSON.stringify(one.counts));
    assert.equal(one.total, one.counts.submitted);
    assert.ok(one.items.every((r: { status: string }) => r.status === 'submitted'));

    const claim = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${id}/claim`,
      headers: as(receiver),
    });
    assert.equal(claim.statusCode, 200);
    const inbox = (
      await t.app.inject({ url: '/api/v1/inbox?state=submitted&limit=200', headers: as(receiver) })
    ).json();
    const row = inbox.items.find((r: { id: string }) => r.id === id);
    assert.equal(row.claim.by.id, receiver.id);
    assert.ok(row.claim.by.name.length > 0);
    assert.ok(Math.abs(new Date(row.claim.at).getTime() - Date.now()) < 60_000);
    assert.equal(row.step.key, 'receive');
    assert.ok(['green', 'yellow', 'red', 'overdue'].includes(row.stepColour));
    const d = await detail(id);
    assert.equal(d.claim?.by.name, row.claim.by.name);
    // Taking and handing back a dossier are audited; renewing one's own claim is not a new record.
    await t.app.inject({ method: 'POST', url: `/api/v1/dossiers/${id}/claim`, headers: as(receiver) });
    await t.app.inject({ method: 'POST', url: `/api/v1/dossiers/${id}/release`, headers: as(receiver) });
    const audits = await sql<{
      action: string;
    }>`select action from audit_log where subject_id = ${id} and action like 'dossier.%claim' or subject_id = ${id} and action = 'dossier.release' order by seq`.execute(
      t.platform.db,
    );
    assert.deepEqual(
      audits.rows.map((r) => r.action),
      ['dossier.claim', 'dossier.release'],
    );
    assert.equal((await detail(id)).claim, null);
  });

  it('answers the drafts list with 200 and no items when nothing is saved', async () => {
    const other = await signIn(t.app, '0900000002');
    const empty = await t.app.inject({ url: '/api/v1/me/drafts', headers: as(other) });
    assert.equal(empty.statusCode, 200, empty.body);
    assert.deepEqual(empty.json(), { items: [] });
    await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/drafts/1.000656',
      headers: as(other),
      payload: { agencyId: null, formData: { note: 'nháp' }, attachments: [] },
    });
    const one = (
      await t.app.inject({ url: '/api/v1/me/drafts?procedure=1.000656', headers: as(other) })
    ).json();
    assert.equal(one.items.length, 1);
    assert.equal(one.items[0].formData.note, 'nháp');
    const none = (
      await t.app.inject({ url: '/api/v1/me/drafts?procedure=1.001193', headers: as(other) })
    ).json();
    assert.deepEqual(none.items, []);
    assert.equal((await t.app.inject({ url: '/api/v1/me/drafts' })).statusCode, 401);
  });

  async function waitForNotices(dossierId: string, accountId: string, count: number) {
    const start = Date.now();
    for (;;) {
      const r = await sql<{
        title: string;
      }>`select title from notices where dossier_id = ${dossierId} and account_id = ${accountId} and link like '%/can-bo/%'`.execute(
        t.platform.db,
      );
      if (r.rows.length >= count || Date.now() - start > 20_000) return r.rows;
      await new Promise((res) => setTimeout(res, 100));
    }
  }
});
