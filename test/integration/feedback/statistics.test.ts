import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, type TestContext } from '../../support/app';
import { DEFAULT_DEMO, type Session, seedDemo, signIn, signInStaff } from '../../support/identity';
import { agencyId } from '../dossiers/support';
import { get } from './support';

/**
 * The feedback demo (seed/demo.ts) on the dossiers demo: at Hàm Rồng five ratings — receipt of the
 * returned dossier "satisfied" and of the received one "very satisfied" (both accepted by the receiver
 * motcua.hamrong), result of the returned dossier "very satisfied" and of the ready one "satisfied",
 * supplement "dissatisfied" (the results and the supplement belong to the specialist chuyenvien.hamrong,
 * who handled those dossiers); two complaints (one answered in time, one open), both about dossiers the
 * specialist handled; at Hạc Thành one complaint about the agency, being handled.
 */
describe('feedback statistics per agency and official', () => {
  let t: TestContext;
  let leader: Session;
  let hamRong: string;
  before(async () => {
    t = await createTestApp();
    await seedDemo(t.platform, { modules: [...DEFAULT_DEMO, 'signing', 'dossiers', 'feedback'] });
    leader = await signInStaff(t.app, t.platform, 'lanhdao.hamrong');
    hamRong = await agencyId(t.app, '000.31.21.H56');
  });
  after(() => t.close());

  it('counts ratings per level, the satisfaction rate and complaints of the agency', async () => {
    const res = await get(t, leader, `/api/v1/agencies/${hamRong}/feedback-statistics`);
    assert.equal(res.statusCode, 200, res.body);
    const s = res.json();
    assert.equal(s.agency.name, 'Ủy ban nhân dân phường Hàm Rồng');
    assert.deepEqual(s.ratings, {
      ratings: 5,
      levels: { very_satisfied: 2, satisfied: 2, dissatisfied: 1 },
      satisfactionRate: 0.8,
    });
    assert.deepEqual(s.complaints, {
      received: 2,
      answeredOnTime: 1,
      answeredLate: 0,
      refused: 0,
      open: 1,
      overdue: 0,
      onTimeRate: 1,
    });
  });

  it('computes QĐ 766 indicator 5.4 from overdue dossiers and those with a complaint or a dissatisfied rating', async () => {
    const url = `/api/v1/agencies/${hamRong}/feedback-statistics`;
    const db = t.platform.db;
    // Counted independently of the service: Hàm Rồng's dossiers this month (none refused in the demo),
    // and the distinct dossiers with a complaint or a current dissatisfied rating.
    const dossiers = (
      await sql<{
        n: number;
      }>`select count(*)::int as n from dossiers where agency_org_id = '000.31.21.H56'`.execute(db)
    ).rows[0]!.n;
    const unhappy = (
      await sql<{ n: number }>`select count(distinct dossier_id)::int as n from (
        select dossier_id from feedback_ratings r where level = 'dissatisfied'
          and not exists (select 1 from feedback_ratings c where c.supersedes = r.id)
        union all select dossier_id from feedback_complaints where dossier_id is not null) x`.execute(db)
    ).rows[0]!.n;
    assert.ok(dossiers >= 8 && unhappy >= 1, `demo data: ${dossiers} dossiers, ${unhappy} with a complaint`);
    const before = (await get(t, leader, url)).json().processingSatisfaction;
    const rate = Math.round((1 - unhappy / dossiers) * 10_000) / 10_000;
    assert.deepEqual(before, {
      id: '5.4',
      dossiers,
      overdue: 0,
      withComplaintOrDissatisfied: unhappy,
      overdueRate: 0,
      complaintRate: Math.round((unhappy / dossiers) * 10_000) / 10_000,
      rate,
      score: Math.round(Math.min(6, (rate / 0.9) * 6) * 100) / 100,
      maxScore: 6,
      legalBasis: before.legalBasis,
    });
    assert.match(before.legalBasis, /766.*5\.4/);
    // An open dossier past its appointment is overdue; a finished one keeps its verdict.
    const open = await db
      .selectFrom('dossiers')
      .select(['id', 'due_at'])
      .where('agency_org_id', '=', '000.31.21.H56')
      .where('state', '=', 'received')
      .executeTakeFirstOrThrow();
    await db
      .updateTable('dossiers')
      .set({ due_at: new Date(Date.now() - 86_400_000) })
      .where('id', '=', open.id)
      .execute();
    try {
      const late = (await get(t, leader, url)).json().processingSatisfaction;
      assert.equal(late.overdue, 1);
      assert.equal(late.overdueRate, Math.round((1 / dossiers) * 10_000) / 10_000);
      assert.equal(late.rate, Math.round((1 - late.overdueRate - before.complaintRate) * 10_000) / 10_000);
      assert.ok(late.score < before.score);
    } finally {
      await db.updateTable('dossiers').set({ due_at: open.due_at }).where('id', '=', open.id).execute();
    }
    const empty = (await get(t, leader, `${url}?from=2025-01-01&to=2025-01-31`)).json()
      .processingSatisfaction;
    assert.equal(empty.dossiers, 0);
    assert.equal(empty.rate, null);
    assert.equal(empty.score, null);
  });

  it('splits ratings and complaints per official', async () => {
    const s = (await get(t, leader, `/api/v1/agencies/${hamRong}/feedback-statistics`)).json();
    const byName = Object.fromEntries(
      s.byOfficial.map((o: { fullName: string }) => [o.fullName, o]),
    ) as Record<
      string,
      {
        ratings: { ratings: number; satisfactionRate: number; levels: Record<string, number> };
        complaints: number;
      }
    >;
    const staff = (await t.platform.db
      .selectFrom('accounts')
      .select(['username', 'full_name'])
      .where('username', 'in', ['motcua.hamrong', 'chuyenvien.hamrong'])
      .execute()) as { username: string; full_name: string }[];
    const name = (u: string) => staff.find((x) => x.username === u)!.full_name;
    const receiver = byName[name('motcua.hamrong')]!;
    const specialist = byName[name('chuyenvien.hamrong')]!;
    assert.deepEqual(receiver.ratings.levels, { very_satisfied: 1, satisfied: 1, dissatisfied: 0 });
    assert.equal(receiver.ratings.satisfactionRate, 1);
    assert.equal(receiver.complaints, 0);
    assert.deepEqual(specialist.ratings.levels, { very_satisfied: 1, satisfied: 1, dissatisfied: 1 });
    assert.equal(specialist.ratings.satisfactionRate, 2 / 3);
    assert.equal(specialist.complaints, 2);
  });

  it('adds up the agencies below a province and follows a correction, not the replaced rating', async () => {
    const admin = await signInStaff(t.app, t.platform, 'admin');
    const province = await agencyId(t.app, '000.00.00.H56');
    const s = (await get(t, admin, `/api/v1/agencies/${province}/feedback-statistics`)).json();
    assert.equal(s.complaints.received, 3);
    assert.equal(s.complaints.open, 2);
    assert.equal(s.ratings.ratings, 5);
    // The citizen corrects the dissatisfied supplement rating: the statistics count the new level only.
    const citizen = await signIn(t.app, '0900000001');
    const items = (await get(t, citizen, '/api/v1/me/dossiers')).json().items as {
      id: string;
      status: string;
    }[];
    const d = items.find((i) => i.status === 'supplement_requested')!;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${d.id}/ratings`,
      headers: { cookie: citizen.cookie, 'x-csrf-token': citizen.csrf },
      payload: { contact: 'supplement', level: 'satisfied', comment: 'Đã được giải thích lại rõ ràng.' },
    });
    assert.equal(res.statusCode, 201, res.body);
    const after = (await get(t, leader, `/api/v1/agencies/${hamRong}/feedback-statistics`)).json();
    assert.deepEqual(after.ratings.levels, { very_satisfied: 2, satisfied: 3, dissatisfied: 0 });
    assert.equal(after.ratings.satisfactionRate, 1);
  });

  it('limits a period and keeps other agencies and citizens out', async () => {
    const empty = (
      await get(t, leader, `/api/v1/agencies/${hamRong}/feedback-statistics?from=2025-01-01&to=2025-01-31`)
    ).json();
    assert.equal(empty.ratings.ratings, 0);
    assert.equal(empty.ratings.satisfactionRate, null);
    assert.equal(empty.complaints.onTimeRate, null);
    const outsider = await signInStaff(t.app, t.platform, 'lanhdao.hacthanh');
    assert.equal((await get(t, outsider, `/api/v1/agencies/${hamRong}/feedback-statistics`)).statusCode, 404);
    const citizen = await signIn(t.app, '0900000002', undefined, '10.0.0.9');
    assert.equal((await get(t, citizen, `/api/v1/agencies/${hamRong}/feedback-statistics`)).statusCode, 403);
    assert.equal(
      (await get(t, leader, `/api/v1/agencies/${hamRong}/feedback-statistics?from=2025-13-01`)).statusCode,
      400,
    );
  });

  it('fills the complaints inbox of each agency with deadline colours', async () => {
    const hamRongInbox = (
      await get(t, await signInStaff(t.app, t.platform, 'motcua.hamrong'), '/api/v1/complaints')
    ).json();
    assert.equal(hamRongInbox.items.length, 2);
    assert.equal(hamRongInbox.items[0].state, 'received');
    assert.equal(hamRongInbox.counts.none, 1);
    const hacThanh = (
      await get(
        t,
        await signInStaff(t.app, t.platform, 'motcua.hacthanh'),
        '/api/v1/complaints?state=handling',
      )
    ).json();
    assert.equal(hacThanh.items.length, 1);
    assert.equal(hacThanh.items[0].agency.name, 'Ủy ban nhân dân phường Hạc Thành');
  });
  it('computes QĐ 766 indicator 5.3 from answers the author did not like, late handling and complaints raised again', async () => {
    const url = `/api/v1/agencies/${hamRong}/feedback-statistics`;
    const citizen = await signIn(t.app, '0900000001', undefined, '10.0.0.7');
    const before = (await get(t, leader, url)).json().complaintSatisfaction;
    assert.equal(before.id, '5.3');
    assert.ok(before.complaints >= 2, `demo complaints at Hàm Rồng: ${before.complaints}`);
    assert.equal(
      before.rate,
      Math.round(((before.complaints - before.unsatisfactory) / before.complaints) * 10_000) / 10_000,
    );
    const act = (s: Session, id: string, action: string, note?: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/complaints/${id}/actions/${action}`,
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
        payload: note ? { note } : {},
      });
    /** A complaint to Hàm Rồng, accepted and answered by the leader. */
    const answered = async (title: string) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/me/complaints',
        headers: { cookie: citizen.cookie, 'x-csrf-token': citizen.csrf },
        payload: {
          kind: 'complaint',
          category: 'procedure',
          title,
          content: 'Thời gian chờ tại bộ phận một cửa quá lâu vào buổi sáng thứ Hai.',
          agencyId: hamRong,
        },
      });
      assert.equal(res.statusCode, 201, res.body);
      const id = res.json().id as string;
      assert.equal((await act(leader, id, 'accept')).statusCode, 200);
      const a = await act(leader, id, 'answer', 'Phường đã bố trí thêm một quầy vào sáng thứ Hai.');
      assert.equal(a.json().state, 'answered', a.body);
      return id;
    };
    // Not liked: one more complaint, one more unsatisfactory.
    const disliked = await answered('Chờ lâu tại bộ phận một cửa');
    assert.equal((await act(citizen, disliked, 'dissatisfied')).json().state, 'closed');
    // Liked: counts as a satisfactory complaint.
    const liked = await answered('Chờ lâu vào sáng thứ Hai');
    assert.equal((await act(citizen, liked, 'satisfied')).json().state, 'closed');
    // Raised again, then answered again and liked: still unsatisfactory (it was raised again).
    const again = await answered('Chờ lâu lần nữa');
    assert.equal(
      (await act(citizen, again, 'reopen', 'Sáng nay vẫn chỉ có một quầy.')).json().state,
      'handling',
    );
    assert.equal(
      (await act(leader, again, 'answer', 'Quầy thứ hai đã mở từ 7 giờ 30.')).json().state,
      'answered',
    );
    assert.equal((await act(citizen, again, 'satisfied')).json().state, 'closed');
    // Late: answered after its deadline (the deadline moved into the past for the test).
    const late = await answered('Chờ lâu buổi chiều');
    await sql`update feedback_complaints set decide_due_at = answered_at - interval '2 days', answer_due_at = answered_at - interval '1 day' where id = ${late}`.execute(
      t.platform.db,
    );
    const after = (await get(t, leader, url)).json().complaintSatisfaction;
    const complaints = before.complaints + 4;
    const unsatisfactory = before.unsatisfactory + 3;
    const rate = Math.round(((complaints - unsatisfactory) / complaints) * 10_000) / 10_000;
    assert.deepEqual(after, {
      id: '5.3',
      complaints,
      dissatisfied: before.dissatisfied + 1,
      late: before.late + 1,
      raisedAgain: before.raisedAgain + 1,
      unsatisfactory,
      rate,
      score: Math.round(rate * 6 * 100) / 100,
      maxScore: 6,
      legalBasis: before.legalBasis,
    });
    const empty = (await get(t, leader, `${url}?from=2025-01-01&to=2025-01-31`)).json().complaintSatisfaction;
    assert.equal(empty.complaints, 0);
    assert.equal(empty.rate, null);
    assert.equal(empty.score, null);
  });
});
