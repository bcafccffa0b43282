import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pickupDeps } from '../../../src/server/modules/pickup/plugin';
import { deliverNotice } from '../../../src/server/modules/pickup/services/deliver-notice';
import { sendReminders } from '../../../src/server/modules/pickup/services/send-reminders';
import type { TestContext } from '../../support/app';
import { as, type Session, signInStaff } from '../../support/identity';
import { auditActions, book, buildDossier, firstSlot, startWithCitizens } from './support';

describe('pickup reminders, postal delivery and desk settings', { timeout: 180_000 }, () => {
  let t: TestContext;
  let citizenA: Session;
  let citizenB: Session;

  before(async () => {
    ({ t, citizenA, citizenB } = await startWithCitizens('10.2.0'));
  });
  after(() => t.close());

  const outbox = () =>
    t.platform.db
      .selectFrom('outbox')
      .select(['id', 'topic', 'payload', 'agency_id'])
      .where('topic', '=', 'pickup.notice')
      .orderBy('id')
      .execute();

  it('reminds each booking once, the day before, even when the job runs twice', async () => {
    const d = await buildDossier(t, { accountId: citizenA.id });
    const { slot, date } = await firstSlot(t, citizenA, d.id);
    const booking = (await book(t, citizenA, d.id, slot.startsAt)).json();
    const deps = pickupDeps(t.platform);
    const dayBefore = new Date(Date.parse(`${date}T12:00:00+07:00`) - 86_400_000);
    const twoDaysBefore = new Date(dayBefore.getTime() - 86_400_000);
    assert.equal(await sendReminders(deps, twoDaysBefore), 0, 'not two days before');
    assert.equal(await sendReminders(deps, dayBefore), 1);
    assert.equal(await sendReminders(deps, dayBefore), 0, 'a second run sends nothing');
    const events = await outbox();
    assert.equal(events.length, 1);
    const payload = events[0]!.payload as { title: string; body: string };
    assert.match(payload.title, new RegExp(d.code));
    assert.match(payload.body, new RegExp(booking.code));

    // Delivering the outbox event twice (a redelivery) leaves one notice.
    const job = {
      outboxId: Number(events[0]!.id),
      topic: 'pickup.notice',
      payload: events[0]!.payload as Record<string, unknown>,
      agencyId: events[0]!.agency_id,
    };
    await deliverNotice(job, deps);
    await deliverNotice(job, deps);
    const notices = await t.app.inject({ url: '/api/v1/me/notices', headers: as(citizenA) });
    const mine = notices.json().items.filter((n: { title: string }) => n.title.includes(d.code));
    assert.equal(mine.length, 1);
    assert.equal((await auditActions(t, 'pickup.booking.reminded')).length, 1);
  });

  it('quotes the postal fee by province and takes one postal request per dossier', async () => {
    const d = await buildDossier(t, { accountId: citizenA.id });
    const elsewhere = await t.platform.db
      .selectFrom('admin_units')
      .select('code')
      .where('level', '=', 'commune')
      .where('province_code', '<>', '38')
      .limit(1)
      .executeTakeFirstOrThrow();
    const intra = await t.app.inject({
      url: `/api/v1/dossiers/${d.id}/pickup/postal-fee?unitCode=14758`,
      headers: as(citizenA),
    });
    assert.equal(intra.statusCode, 200, intra.body);
    assert.equal(intra.json().scope, 'intra_province');
    const inter = await t.app.inject({
      url: `/api/v1/dossiers/${d.id}/pickup/postal-fee?unitCode=${elsewhere.code}`,
      headers: as(citizenA),
    });
    assert.equal(inter.json().scope, 'inter_province');
    assert.ok(inter.json().feeVnd > intra.json().feeVnd);

    const body = {
      dossierId: d.id,
      recipientName: 'Nguyễn Văn An',
      phone: '0912345678',
      addressLine: 'Số 12 ngõ 3 phố Hàm Rồng',
      unitCode: '14758',
    };
    const post = (b: Record<string, unknown>, s = citizenA) =>
      t.app.inject({ method: 'POST', url: '/api/v1/pickup/postal', headers: as(s), payload: b });
    assert.equal((await post({ ...body, unitCode: '99999' })).statusCode, 400);
    assert.equal((await post({ ...body, phone: '12345' })).statusCode, 400);
    assert.equal((await post(body, citizenB)).statusCode, 404);
    const created = await post(body);
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().feeVnd, intra.json().feeVnd);
    assert.equal((await post(body)).statusCode, 409);
    const reasons = (await auditActions(t, 'pickup.postal.rejected')).map(
      (a) => (a.data as { reason: string }).reason,
    );
    assert.ok(
      reasons.includes('bad_unit') && reasons.includes('not_owner') && reasons.includes('already_requested'),
    );

    // The desk records the dispatch with a tracking number, then the delivery.
    const receiver = await signInStaff(t.app, t.platform, 'motcua.hamrong');
    const id = created.json().id;
    const deliverFirst = await t.app.inject({
      method: 'POST',
      url: `/api/v1/pickup/postal/${id}/deliver`,
      headers: as(receiver),
    });
    assert.equal(deliverFirst.statusCode, 409);
    const badTracking = await t.app.inject({
      method: 'POST',
      url: `/api/v1/pickup/postal/${id}/dispatch`,
      headers: as(receiver),
      payload: { trackingNumber: 'x' },
    });
    assert.equal(badTracking.statusCode, 400);
    const dispatched = await t.app.inject({
      method: 'POST',
      url: `/api/v1/pickup/postal/${id}/dispatch`,
      headers: as(receiver),
      payload: { trackingNumber: 'eb123456789vn' },
    });
    assert.equal(dispatched.statusCode, 200, dispatched.body);
    assert.equal(dispatched.json().trackingNumber, 'EB123456789VN');
    const delivered = await t.app.inject({
      method: 'POST',
      url: `/api/v1/pickup/postal/${id}/deliver`,
      headers: as(receiver),
    });
    assert.equal(delivered.json().status, 'delivered');
    const panel = await t.app.inject({ url: `/api/v1/dossiers/${d.id}/pickup`, headers: as(citizenA) });
    assert.equal(panel.json().postal.status, 'delivered');
  });

  it('refuses postal delivery while a pickup booking is active', async () => {
    const d = await buildDossier(t, { accountId: citizenA.id });
    const { slot } = await firstSlot(t, citizenA, d.id, 0, 1);
    assert.equal((await book(t, citizenA, d.id, slot.startsAt)).statusCode, 201);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/pickup/postal',
      headers: as(citizenA),
      payload: {
        dossierId: d.id,
        recipientName: 'Nguyễn Văn An',
        phone: '0912345678',
        addressLine: 'Số 1 phố A',
        unitCode: '14758',
      },
    });
    assert.equal(res.statusCode, 409);
  });

  it('lets the agency admin edit the desk, validates it, and keeps others out', async () => {
    const desk = await t.platform.db
      .selectFrom('agencies')
      .select('id')
      .where('org_id', '=', '001.31.21.H56')
      .executeTakeFirstOrThrow();
    const url = `/api/v1/pickup/desks/${desk.id}/settings`;
    const admin = await signInStaff(t.app, t.platform, 'quantri.hamrong');
    const current = (await t.app.inject({ url, headers: as(admin) })).json();
    assert.equal(current.configured, true);
    assert.equal(current.counters.length, 3);
    const base = {
      slotMinutes: 20,
      slotCapacity: 3,
      horizonDays: 10,
      hours: current.hours,
      services: current.services,
      counters: current.counters.map((c: { number: number; name: string; services: string[] }) => ({
        number: c.number,
        name: c.name,
        services: c.services,
        active: true,
      })),
    };
    const put = (b: unknown, s = admin) =>
      t.app.inject({ method: 'PUT', url, headers: as(s), payload: b as object });
    const dup = await put({
      ...base,
      counters: [...base.counters, { ...base.counters[0], name: 'Quầy trùng' }],
    });
    assert.equal(dup.statusCode, 400);
    const unknownService = await put({
      ...base,
      counters: [{ number: 9, name: 'Quầy 9', services: ['Q'], active: true }],
    });
    assert.equal(unknownService.statusCode, 400);
    const badHours = await put({
      ...base,
      hours: [{ weekday: 1, session: 'morning', opens: '11:00', closes: '08:00' }],
    });
    assert.equal(badHours.statusCode, 400);
    const receiver = await signInStaff(t.app, t.platform, 'motcua.hamrong');
    assert.equal((await put(base, receiver)).statusCode, 403);
    const other = await signInStaff(t.app, t.platform, 'quantri.hacthanh');
    assert.equal((await put(base, other)).statusCode, 404);
    const saved = await put(base);
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.json().slotMinutes, 20);
    assert.equal((await auditActions(t, 'pickup.desk.configured')).filter((a) => a.actor_id).length, 1);
    // New slot length shows in the picker: 20-minute slots.
    const d = await buildDossier(t, { accountId: citizenA.id });
    const { days } = await firstSlot(t, citizenA, d.id, 1);
    const [a, b] = days[1]!.slots;
    assert.equal(Date.parse(b!.startsAt) - Date.parse(a!.startsAt), 20 * 60_000);
    assert.equal(a!.capacity, 3);
  });
});
