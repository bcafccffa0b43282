import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TestContext } from '../../support/app';
import { as, type Session, signInStaff } from '../../support/identity';
import {
  agencyByOrgId,
  auditActions,
  book,
  buildDossier,
  firstSlot,
  HAM_RONG_DESK,
  startWithCitizens,
} from './support';

describe('pickup bookings', { timeout: 180_000 }, () => {
  let t: TestContext;
  let citizenA: Session;
  let citizenB: Session;

  before(async () => {
    ({ t, citizenA, citizenB } = await startWithCitizens('10.1.0'));
  });
  after(() => t.close());

  const slotRow = (startsAt: string) =>
    t.platform.db
      .selectFrom('pickup_slots')
      .select(['booked', 'capacity'])
      .where('starts_at', '=', new Date(startsAt))
      .executeTakeFirst();
  const countBookings = async () =>
    Number(
      (
        await t.platform.db
          .selectFrom('pickup_bookings')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('lists open days only, from the appointment date on, with free places', async () => {
    const due = new Date(Date.now() + 14 * 86_400_000);
    const d = await buildDossier(t, { accountId: citizenA.id, state: 'processing', dueAt: due });
    const { days } = await firstSlot(t, citizenA, d.id);
    const dueLocal = new Date(due.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
    assert.ok(days.length > 0);
    for (const day of days) {
      assert.ok(day.date >= dueLocal, `${day.date} is before the appointment ${dueLocal}`);
      const weekday = new Date(`${day.date}T00:00:00Z`).getUTCDay();
      assert.ok(weekday !== 0 && weekday !== 6, `${day.date} is a weekend day`);
      assert.ok(t.platform.calendar.isWorkingDay(day.date));
      assert.equal(day.slots[0]!.free, 5);
    }
    const res = await t.app.inject({ url: `/api/v1/dossiers/${d.id}/pickup/slots`, headers: as(citizenA) });
    assert.ok(res.json().closedDays.length > 0, 'weekends in the range are listed as closed');
  });

  it('books a slot with a printed code, one active booking per dossier', async () => {
    const d = await buildDossier(t, { accountId: citizenA.id });
    const { slot } = await firstSlot(t, citizenA, d.id);
    const res = await book(t, citizenA, d.id, slot.startsAt);
    assert.equal(res.statusCode, 201, res.body);
    assert.match(res.json().code, /^DL-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    assert.equal((await slotRow(slot.startsAt))?.booked, 1);
    const again = await firstSlot(t, citizenA, d.id);
    assert.equal(again.slot.free, 4);

    const second = await book(t, citizenA, d.id, again.days[0]!.slots[1]!.startsAt);
    assert.equal(second.statusCode, 409);
    assert.equal(second.json().reason ?? second.json().extra?.reason ?? 'already_booked', 'already_booked');
    const audited = await auditActions(t, 'pickup.booking.rejected');
    assert.ok(audited.some((a) => (a.data as { reason: string }).reason === 'already_booked'));

    const mine = await t.app.inject({ url: '/api/v1/me/pickup-bookings', headers: as(citizenA) });
    assert.ok(mine.json().items.some((b: { dossierId: string }) => b.dossierId === d.id));
  });

  it('rejects past, closed-day, off-grid and before-appointment slots, audits them, changes nothing', async () => {
    const d = await buildDossier(t, { accountId: citizenA.id });
    const { slot } = await firstSlot(t, citizenA, d.id);
    const before = await countBookings();
    const slots = (
      await t.app.inject({ url: `/api/v1/dossiers/${d.id}/pickup/slots`, headers: as(citizenA) })
    ).json();
    // A closed day still ahead: on a weekend morning the first closed day is today, whose 08:00 has passed.
    const closed = (slots.closedDays as { date: string }[]).find(
      (c) => new Date(`${c.date}T08:00:00+07:00`).getTime() > Date.now(),
    )!.date;
    const cases: [string, string][] = [
      ['past', '2026-01-05T01:00:00.000Z'],
      ['closed', `${closed}T08:00:00+07:00`],
      ['not_a_slot', new Date(new Date(slot.startsAt).getTime() + 10 * 60_000).toISOString()],
    ];
    for (const [reason, startsAt] of cases) {
      const res = await book(t, citizenA, d.id, startsAt);
      assert.equal(res.statusCode, 400, `${reason}: ${res.body}`);
      assert.ok(res.json().message_vi, 'a Vietnamese message');
      assert.ok(res.json().message_en, 'an English message');
    }
    const later = await buildDossier(t, {
      accountId: citizenA.id,
      state: 'processing',
      dueAt: new Date(Date.now() + 14 * 86_400_000),
    });
    const early = await book(t, citizenA, later.id, slot.startsAt);
    assert.equal(early.statusCode, 400, early.body);
    assert.equal(await countBookings(), before, 'nothing was booked');
    const reasons = (await auditActions(t, 'pickup.booking.rejected')).map(
      (a) => (a.data as { reason: string }).reason,
    );
    for (const r of ['past', 'closed', 'not_a_slot', 'before_appointment']) assert.ok(reasons.includes(r), r);
  });

  it('refuses someone else’s dossier as not found, and audits it', async () => {
    const d = await buildDossier(t, { accountId: citizenA.id });
    const { slot } = await firstSlot(t, citizenA, d.id);
    const res = await book(t, citizenB, d.id, slot.startsAt);
    assert.equal(res.statusCode, 404);
    const slotsOfOther = await t.app.inject({
      url: `/api/v1/dossiers/${d.id}/pickup/slots`,
      headers: as(citizenB),
    });
    assert.equal(slotsOfOther.statusCode, 404);
    const audited = await auditActions(t, 'pickup.booking.rejected');
    assert.ok(
      audited.some((a) => a.subject_id === d.id && (a.data as { reason: string }).reason === 'not_owner'),
    );
  });

  it('refuses dossiers without an appointment or already handed over', async () => {
    const none = await buildDossier(t, { accountId: citizenA.id, state: 'submitted', dueAt: null });
    const done = await buildDossier(t, { accountId: citizenA.id, state: 'returned' });
    for (const [d, reason] of [
      [none, 'no_appointment'],
      [done, 'ended'],
    ] as const) {
      const res = await t.app.inject({ url: `/api/v1/dossiers/${d.id}/pickup/slots`, headers: as(citizenA) });
      assert.equal(res.statusCode, 409);
      const panel = await t.app.inject({ url: `/api/v1/dossiers/${d.id}/pickup`, headers: as(citizenA) });
      assert.equal(panel.json().eligible, false);
      assert.equal(panel.json().reason, reason);
    }
  });

  it('never overbooks: 50 concurrent bookings of one slot of capacity 5 → exactly 5 succeed', async () => {
    const dossiers = [];
    for (let i = 0; i < 50; i++) dossiers.push(await buildDossier(t, { accountId: citizenA.id }));
    const { slot } = await firstSlot(t, citizenA, dossiers[0]!.id, 1, 3);
    const results = await Promise.all(dossiers.map((d) => book(t, citizenA, d.id, slot.startsAt)));
    const codes = results.map((r) => r.statusCode);
    assert.equal(codes.filter((c) => c === 201).length, 5, codes.join(','));
    assert.equal(codes.filter((c) => c === 409).length, 45);
    assert.equal((await slotRow(slot.startsAt))?.booked, 5);
    const full = await book(
      t,
      citizenA,
      (await buildDossier(t, { accountId: citizenA.id })).id,
      slot.startsAt,
    );
    assert.equal(full.statusCode, 409);
    assert.match(full.json().message_vi, /đủ người/);
    const reasons = (await auditActions(t, 'pickup.booking.rejected')).map(
      (a) => (a.data as { reason: string }).reason,
    );
    assert.ok(reasons.filter((r) => r === 'slot_full').length >= 46);
  });

  it('moves atomically (a full target leaves the booking where it was) and cancels', async () => {
    const d = await buildDossier(t, { accountId: citizenA.id });
    const { slot, days } = await firstSlot(t, citizenA, d.id, 1, 5);
    const booked = (await book(t, citizenA, d.id, slot.startsAt)).json();
    // Fill another slot to capacity.
    const target = days[1]!.slots[6]!.startsAt;
    for (let i = 0; i < 5; i++)
      assert.equal(
        (await book(t, citizenA, (await buildDossier(t, { accountId: citizenA.id })).id, target)).statusCode,
        201,
      );
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/v1/pickup/bookings/${booked.id}/move`,
      headers: as(citizenA),
      payload: { startsAt: target },
    });
    assert.equal(refused.statusCode, 409);
    assert.equal((await slotRow(slot.startsAt))?.booked, 1, 'the old place is still held');
    assert.equal((await slotRow(target))?.booked, 5);

    const free = days[1]!.slots[7]!.startsAt;
    const moved = await t.app.inject({
      method: 'POST',
      url: `/api/v1/pickup/bookings/${booked.id}/move`,
      headers: as(citizenA),
      payload: { startsAt: free },
    });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(moved.json().startsAt, free);
    assert.equal(moved.json().code, booked.code);
    assert.equal((await slotRow(slot.startsAt))?.booked, 0);
    assert.equal((await slotRow(free))?.booked, 1);

    const other = await t.app.inject({
      method: 'POST',
      url: `/api/v1/pickup/bookings/${booked.id}/cancel`,
      headers: as(citizenB),
    });
    assert.equal(other.statusCode, 404);
    const cancelled = await t.app.inject({
      method: 'POST',
      url: `/api/v1/pickup/bookings/${booked.id}/cancel`,
      headers: as(citizenA),
    });
    assert.equal(cancelled.statusCode, 200);
    assert.equal(cancelled.json().status, 'cancelled');
    assert.equal((await slotRow(free))?.booked, 0);
    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/v1/pickup/bookings/${booked.id}/cancel`,
      headers: as(citizenA),
    });
    assert.equal(twice.statusCode, 409);
    const history = await t.platform.db
      .selectFrom('pickup_events')
      .select('kind')
      .where('subject_id', '=', booked.id)
      .orderBy('id')
      .execute();
    assert.deepEqual(
      history.map((h) => h.kind),
      ['booked', 'moved', 'cancelled'],
    );
  });

  it('shows the day’s bookings to the desk’s receivers, who mark them served', async () => {
    const d = await buildDossier(t, { accountId: citizenA.id });
    const { slot, date } = await firstSlot(t, citizenA, d.id, 2, 0);
    const booked = (await book(t, citizenA, d.id, slot.startsAt)).json();
    const desk = await agencyByOrgId(t, HAM_RONG_DESK);
    const receiver = await signInStaff(t.app, t.platform, 'motcua.hamrong');
    const list = await t.app.inject({
      url: `/api/v1/pickup/desks/${desk.id}/bookings?date=${date}`,
      headers: as(receiver),
    });
    assert.equal(list.statusCode, 200, list.body);
    const item = list.json().items.find((b: { id: string }) => b.id === booked.id);
    assert.equal(item.dossierCode, d.code);
    assert.equal(item.applicantName, 'Nguyễn Văn An');
    const other = await signInStaff(t.app, t.platform, 'motcua.hacthanh');
    const hidden = await t.app.inject({
      url: `/api/v1/pickup/desks/${desk.id}/bookings?date=${date}`,
      headers: as(other),
    });
    assert.equal(hidden.statusCode, 404);
    const counters = await t.platform.db
      .selectFrom('pickup_counters')
      .select(['id', 'agency_id', 'number'])
      .orderBy('number')
      .execute();
    const mine = counters.find((c) => c.agency_id === desk.id && c.number === 3)!;
    const elsewhere = counters.find((c) => c.agency_id !== desk.id)!;
    const serve = (s: Session, counterId: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/pickup/bookings/${booked.id}/serve`,
        headers: as(s),
        payload: { counterId },
      });
    assert.equal((await serve(other, mine.id)).statusCode, 404);
    const wrongCounter = await serve(receiver, elsewhere.id);
    assert.equal(wrongCounter.statusCode, 400, 'a counter of another desk');
    const served = await serve(receiver, mine.id);
    assert.equal(served.statusCode, 200, served.body);
    assert.equal(served.json().status, 'served');
    assert.equal((await serve(receiver, mine.id)).statusCode, 409, 'served once');
    const after = await t.app.inject({
      url: `/api/v1/pickup/desks/${desk.id}/bookings?date=${date}`,
      headers: as(receiver),
    });
    const row = after.json().items.find((b: { id: string }) => b.id === booked.id);
    assert.equal(row.status, 'served');
    assert.equal(row.counterNumber, 3, 'the day view says which counter served it');
    assert.equal((await auditActions(t, 'pickup.booking.served')).length, 1);
  });
});
