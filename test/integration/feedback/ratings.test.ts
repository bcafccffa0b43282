import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { feedbackDeps } from '../../../src/server/modules/feedback/plugin';
import { rateDossier } from '../../../src/server/modules/feedback/services/rate-dossier';
import { createTestApp, type TestContext } from '../../support/app';
import { DEFAULT_DEMO, type Session, seedDemo, signIn, signInStaff } from '../../support/identity';
import { demoDossiersByState, get, post } from './support';

const DAY = 86_400_000;

describe('satisfaction ratings', () => {
  let t: TestContext;
  let citizen: Session;
  let other: Session;
  let byState: Awaited<ReturnType<typeof demoDossiersByState>>;
  const countRatings = async (dossierId: string) =>
    Number(
      (
        await t.platform.db
          .selectFrom('feedback_ratings')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('dossier_id', '=', dossierId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const audits = (action: string, subjectId: string) =>
    t.platform.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', action)
      .where('subject_id', '=', subjectId)
      .execute();

  before(async () => {
    t = await createTestApp();
    await seedDemo(t.platform, { modules: [...DEFAULT_DEMO, 'signing', 'dossiers'] });
    citizen = await signIn(t.app, '0900000001');
    other = await signIn(t.app, '0900000002', undefined, '10.0.0.2');
    byState = await demoDossiersByState(t, citizen);
  });
  after(() => t.close());

  it('publishes the scale of QĐ 766 with its legal basis and the complaint deadlines', async () => {
    const scale = (await get(t, null, '/api/v1/feedback/scale')).json();
    assert.deepEqual(
      scale.levels.map((l: { vi: string }) => l.vi),
      ['Rất hài lòng', 'Hài lòng', 'Không hài lòng'],
    );
    assert.match(scale.legalBasis, /766\/QĐ-TTg/);
    assert.equal(scale.decideWorkingDays, 2);
    assert.equal(scale.answerWorkingDays, 15);
  });

  it('lets the applicant rate the result once it is handed over, with a comment', async () => {
    const d = byState('returned');
    const res = await post(t, citizen, `/api/v1/dossiers/${d.id}/ratings`, {
      contact: 'result',
      level: 'very_satisfied',
      comment: '  Cán bộ hướng dẫn tận tình.  ',
    });
    assert.equal(res.statusCode, 201, res.body);
    const slot = res.json().slots.find((s: { contact: string }) => s.contact === 'result');
    assert.equal(slot.current.level, 'very_satisfied');
    assert.equal(slot.current.levelName.vi, 'Rất hài lòng');
    assert.equal(slot.current.comment, 'Cán bộ hướng dẫn tận tình.');
    assert.equal(slot.open, true);
    const audit = await audits('feedback.rated', d.id);
    assert.equal(audit.length, 1);
  });

  it('refuses to rate the result before there is one (409), storing nothing', async () => {
    for (const state of ['processing', 'awaiting_signature']) {
      const d = byState(state);
      const res = await post(t, citizen, `/api/v1/dossiers/${d.id}/ratings`, {
        contact: 'result',
        level: 'satisfied',
      });
      assert.equal(res.statusCode, 409, res.body);
      assert.equal(res.json().code, 'INVALID_TRANSITION');
      assert.match(res.json().message_vi, /kết quả/);
      assert.match(res.json().message_en, /result/);
      assert.equal(await countRatings(d.id), 0);
    }
    // A dossier never sent back for a supplement has no supplement contact to rate.
    const res = await post(t, citizen, `/api/v1/dossiers/${byState('received').id}/ratings`, {
      contact: 'supplement',
      level: 'satisfied',
    });
    assert.equal(res.statusCode, 409);
  });

  it('rejects a rating from someone who is not the applicant, audits it and changes nothing', async () => {
    const d = byState('result_ready');
    const res = await post(t, other, `/api/v1/dossiers/${d.id}/ratings`, {
      contact: 'result',
      level: 'dissatisfied',
    });
    assert.equal(res.statusCode, 404, res.body);
    const receiver = await signInStaff(t.app, t.platform, 'motcua.hamrong');
    const staff = await post(t, receiver, `/api/v1/dossiers/${d.id}/ratings`, {
      contact: 'result',
      level: 'satisfied',
    });
    assert.equal(staff.statusCode, 403, staff.body);
    assert.match(staff.json().message_vi, /người nộp hồ sơ/);
    assert.equal(await countRatings(d.id), 0);
    const refused = await audits('feedback.rate_refused', d.id);
    assert.equal(refused.length, 2);
    assert.ok(refused.some((r) => r.actor_type === 'citizen' && r.actor_id === other.id));
    assert.ok(refused.some((r) => r.actor_type === 'staff'));
    assert.deepEqual(refused[0]!.data, { refused: 'not_the_applicant' });
    assert.equal(
      (await post(t, null, `/api/v1/dossiers/${d.id}/ratings`, { contact: 'result', level: 'satisfied' }))
        .statusCode,
      401,
    );
  });

  it('rates each contact once; a second rating is a correction that keeps the first', async () => {
    const d = byState('supplement_requested');
    const first = await post(t, citizen, `/api/v1/dossiers/${d.id}/ratings`, {
      contact: 'supplement',
      level: 'dissatisfied',
      comment: 'Không rõ cần bổ sung gì.',
    });
    assert.equal(first.statusCode, 201, first.body);
    const second = await post(t, citizen, `/api/v1/dossiers/${d.id}/ratings`, {
      contact: 'supplement',
      level: 'satisfied',
    });
    assert.equal(second.statusCode, 201, second.body);
    const slot = second.json().slots.find((s: { contact: string }) => s.contact === 'supplement');
    assert.equal(slot.current.level, 'satisfied');
    assert.equal(slot.history.length, 1);
    assert.equal(slot.history[0].level, 'dissatisfied');
    assert.equal(slot.current.supersedes, slot.history[0].id);
    assert.equal(await countRatings(d.id), 2);
    assert.equal((await audits('feedback.rating_corrected', d.id)).length, 1);
    // The database itself keeps ratings append-only.
    await assert.rejects(
      sql`update feedback_ratings set level = 'satisfied'`.execute(t.platform.db),
      /append-only/,
    );
    await assert.rejects(sql`delete from feedback_ratings`.execute(t.platform.db), /append-only/);
    // And two first ratings of one contact cannot both stand.
    await assert.rejects(
      sql`insert into feedback_ratings (dossier_id, agency_id, agency_path, contact, citizen_account_id, level,
            satisfied, rule_id, contact_at)
          select dossier_id, agency_id, agency_path, contact, citizen_account_id, level, satisfied, rule_id, contact_at
          from feedback_ratings where dossier_id = ${d.id} and supersedes is null`.execute(t.platform.db),
      /duplicate key|unique/,
    );
  });

  it('turns two ratings sent at once into one first rating and one correction', async () => {
    const d = byState('awaiting_approval');
    const [a, b] = await Promise.all(
      (['satisfied', 'dissatisfied'] as const).map((level) =>
        post(t, citizen, `/api/v1/dossiers/${d.id}/ratings`, { contact: 'receipt', level }),
      ),
    );
    assert.deepEqual([a!.statusCode, b!.statusCode], [201, 201]);
    const rows = await t.platform.db
      .selectFrom('feedback_ratings')
      .select(['id', 'supersedes'])
      .where('dossier_id', '=', d.id)
      .orderBy('created_at')
      .execute();
    assert.equal(rows.length, 2);
    assert.equal(rows.filter((r) => r.supersedes === null).length, 1);
    assert.equal(rows[1]!.supersedes, rows[0]!.id);
  });

  it('closes the rating window 30 days after the contact', async () => {
    const d = byState('result_ready');
    const deps = feedbackDeps(t.platform);
    const request = { requestId: 'test', ip: null };
    const actor = {
      kind: 'citizen' as const,
      accountId: citizen.id,
      sessionId: 'x',
      actingOrganisationId: null,
    };
    await assert.rejects(
      rateDossier(
        {
          actor,
          dossierId: d.id,
          rating: { contact: 'result', level: 'satisfied' },
          request,
          now: new Date(Date.now() + 31 * DAY),
        },
        deps,
      ),
      (e: { code?: string; vi?: string }) => e.code === 'CONFLICT' && /hết thời hạn/.test(e.vi ?? ''),
    );
    assert.equal(await countRatings(d.id), 0);
    const ok = await rateDossier(
      {
        actor,
        dossierId: d.id,
        rating: { contact: 'result', level: 'satisfied' },
        request,
        now: new Date(Date.now() + 29 * DAY),
      },
      deps,
    );
    assert.equal(ok.slots.find((s) => s.contact === 'result')!.current!.level, 'satisfied');
  });

  it('answers bad input with a bilingual problem and stores nothing', async () => {
    const d = byState('received');
    for (const body of [
      { contact: 'receipt', level: 'excellent' },
      { contact: 'desk', level: 'satisfied' },
      { contact: 'receipt', level: 'satisfied', comment: 'x'.repeat(1001) },
      { contact: 'receipt', level: 'satisfied', comment: 'a\u0000b' },
    ]) {
      const res = await post(t, citizen, `/api/v1/dossiers/${d.id}/ratings`, body);
      assert.equal(res.statusCode, 400, JSON.stringify(body));
      assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
    }
    assert.equal(await countRatings(d.id), 0);
    assert.equal(
      (
        await post(t, citizen, '/api/v1/dossiers/00000000-0000-4000-8000-000000000000/ratings', {
          contact: 'receipt',
          level: 'satisfied',
        })
      ).statusCode,
      404,
    );
  });

  it('shows the slots to the applicant and the agency, not to another citizen', async () => {
    const d = byState('returned');
    const mine = (await get(t, citizen, `/api/v1/dossiers/${d.id}/ratings`)).json();
    assert.deepEqual(
      mine.slots.map((s: { contact: string; open: boolean }) => [s.contact, s.open]),
      [
        ['receipt', true],
        ['supplement', false],
        ['result', true],
      ],
    );
    const leader = await signInStaff(t.app, t.platform, 'lanhdao.hamrong');
    assert.equal((await get(t, leader, `/api/v1/dossiers/${d.id}/ratings`)).statusCode, 200);
    assert.equal((await get(t, other, `/api/v1/dossiers/${d.id}/ratings`)).statusCode, 404);
  });
});
