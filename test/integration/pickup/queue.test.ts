import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildApp } from '../../../src/server/app';
import { handleFromUrl } from '../../../src/server/platform/db';
import { createLogger } from '../../../src/server/platform/logger';
import { createPlatform } from '../../../src/server/platform/platform';
import { createTestApp, type TestContext } from '../../support/app';
import { as, type Session, signIn, signInStaff } from '../../support/identity';
import { agencyByOrgId, HAM_RONG_DESK, openDisplayStream, seedPickup } from './support';

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
  { weekday, session: 'morning', opens: '00:00', closes: '12:00' },
  { weekday, session: 'afternoon', opens: '12:00', closes: '23:30' },
]);

describe('queue numbers and the waiting-room display', { timeout: 180_000 }, () => {
  let t: TestContext;
  let deskId: string;
  let receiver: Session;
  let counter3: string;
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const holiday = () => {
    const kind = t.platform.calendar.describeDay(today).kind;
    return kind !== 'working' && kind !== 'weekend' && kind !== 'make_up_working';
  };

  before(async () => {
    t = await createTestApp();
    await seedPickup(t);
    deskId = (await agencyByOrgId(t, HAM_RONG_DESK)).id;
    // Open every day around the clock, so the test does not depend on when it runs (holidays aside).
    const admin = await signInStaff(t.app, t.platform, 'quantri.hamrong');
    const settings = (
      await t.app.inject({ url: `/api/v1/pickup/desks/${deskId}/settings`, headers: as(admin) })
    ).json();
    const saved = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/pickup/desks/${deskId}/settings`,
      headers: as(admin),
      payload: {
        slotMinutes: settings.slotMinutes,
        slotCapacity: settings.slotCapacity,
        horizonDays: settings.horizonDays,
        hours: EVERY_DAY,
        services: settings.services,
        counters: settings.counters.map((c: { number: number; name: string; services: string[] }) => ({
          number: c.number,
          name: c.name,
          services: c.services,
          active: true,
        })),
      },
    });
    assert.equal(saved.statusCode, 200, saved.body);
    counter3 = saved.json().counters.find((c: { number: number }) => c.number === 3).id;
    receiver = await signInStaff(t.app, t.platform, 'motcua.hamrong');
  });
  after(() => t.close());

  const take = (letter: string, ip = '10.9.0.1') =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/pickup/desks/${deskId}/tickets`,
      payload: { letter },
      remoteAddress: ip,
    });

  it('gives gap-free numbers per service under concurrency', async (ctx) => {
    if (holiday()) return ctx.skip('the desk is closed today (holiday)');
    const results = await Promise.all(Array.from({ length: 15 }, (_, i) => take('B', `10.9.1.${i}`)));
    assert.deepEqual(
      results.map((r) => r.statusCode),
      Array(15).fill(201),
    );
    const numbers = results.map((r) => r.json().number as string).sort();
    assert.deepEqual(
      numbers,
      Array.from({ length: 15 }, (_, i) => `B${String(i + 1).padStart(3, '0')}`),
    );
    const c = await take('C');
    assert.equal(c.json().number, 'C001', 'each service counts on its own');
    assert.equal((await take('Z')).statusCode, 400);
    const kiosk = (await t.app.inject(`/api/v1/pickup/desks/${deskId}/kiosk`)).json();
    assert.equal(kiosk.services.find((s: { letter: string }) => s.letter === 'B').waiting, 15);
  });

  it('rate-limits the public kiosk per address', async (ctx) => {
    if (holiday()) return ctx.skip('the desk is closed today (holiday)');
    const codes = [];
    for (let i = 0; i < 22; i++) codes.push((await take('A', '10.9.9.9')).statusCode);
    assert.ok(codes.includes(429), codes.join(','));
  });

  it('calls, recalls and ends numbers at a counter; the display stream shows calls live', async (ctx) => {
    if (holiday()) return ctx.skip('the desk is closed today (holiday)');
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (t.app.server.address() as AddressInfo).port;
    const { res, abort, nextEvent } = await openDisplayStream(port, deskId);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/event-stream/);
    assert.ok(res.headers.get('content-security-policy'), 'the security headers go out with the stream');
    await nextEvent('ready');
    try {
      const call = await t.app.inject({
        method: 'POST',
        url: `/api/v1/pickup/counters/${counter3}/call-next`,
        headers: as(receiver),
      });
      assert.equal(call.statusCode, 200, call.body);
      const number = call.json().current.number as string;
      const event = await nextEvent('queue');
      const data = JSON.parse(event.split('\ndata: ')[1]!);
      assert.equal(data.kind, 'called');
      assert.equal(data.number, number);
      assert.equal(data.counterNumber, 3);

      const busy = await t.app.inject({
        method: 'POST',
        url: `/api/v1/pickup/counters/${counter3}/call-next`,
        headers: as(receiver),
      });
      assert.equal(busy.statusCode, 409, 'finish the current number first');

      const ticketId = call.json().current.id;
      const recall = await t.app.inject({
        method: 'POST',
        url: `/api/v1/pickup/tickets/${ticketId}/recall`,
        headers: as(receiver),
      });
      assert.equal(recall.statusCode, 200);
      assert.equal(JSON.parse((await nextEvent('queue')).split('\ndata: ')[1]!).kind, 'recalled');
      const served = await t.app.inject({
        method: 'POST',
        url: `/api/v1/pickup/tickets/${ticketId}/serve`,
        headers: as(receiver),
      });
      assert.equal(served.statusCode, 200);
      assert.equal(served.json().current, null);
      const again = await t.app.inject({
        method: 'POST',
        url: `/api/v1/pickup/tickets/${ticketId}/no_show`,
        headers: as(receiver),
      });
      assert.equal(again.statusCode, 409, 'an ended number cannot be ended again');

      const display = (await t.app.inject(`/api/v1/pickup/desks/${deskId}/display`)).json();
      assert.equal(display.calls[0].number, number);
      assert.equal(display.calls[0].counterNumber, 3);

      // The agency admin may look at the counter but not call; another commune's receiver learns nothing.
      const admin = await signInStaff(t.app, t.platform, 'quantri.hamrong');
      assert.equal(
        (
          await t.app.inject({
            method: 'POST',
            url: `/api/v1/pickup/counters/${counter3}/call-next`,
            headers: as(admin),
          })
        ).statusCode,
        403,
      );
      const other = await signInStaff(t.app, t.platform, 'motcua.hacthanh');
      assert.equal(
        (await t.app.inject({ url: `/api/v1/pickup/counters/${counter3}`, headers: as(other) })).statusCode,
        404,
      );
      const citizen = await signIn(t.app, '0900000001');
      assert.equal(
        (
          await t.app.inject({
            method: 'POST',
            url: `/api/v1/pickup/counters/${counter3}/call-next`,
            headers: as(citizen),
          })
        ).statusCode,
        403,
      );
      const history = await t.platform.db
        .selectFrom('pickup_events')
        .select('kind')
        .where('subject_id', '=', ticketId)
        .orderBy('id')
        .execute();
      assert.deepEqual(
        history.map((h) => h.kind),
        ['taken', 'called', 'recalled', 'served'],
      );
    } finally {
      abort.abort();
    }
  });

  it('a screen connected to another app process hears the call (PostgreSQL)', {
    timeout: 30_000,
  }, async (ctx) => {
    if (holiday()) return ctx.skip('the desk is closed today (holiday)');
    const url = t.platform.database.url;
    if (!url) return ctx.skip('one process on PGlite');
    // A second app process on the same database, as behind a reverse proxy.
    const other = await createPlatform(t.config, createLogger('silent'), {
      database: handleFromUrl(url, 2),
      migrate: false,
    });
    const otherApp = await buildApp(other, { webDir: join(t.config.dataDir, 'no-web') });
    const abort = new AbortController();
    try {
      await otherApp.listen({ port: 0, host: '127.0.0.1' });
      const port = (otherApp.server.address() as AddressInfo).port;
      const { nextEvent } = await openDisplayStream(port, deskId, abort);
      await nextEvent('ready');
      assert.equal((await take('C', '10.9.7.1')).statusCode, 201);
      const call = await t.app.inject({
        method: 'POST',
        url: `/api/v1/pickup/counters/${counter3}/call-next`,
        headers: as(receiver),
      });
      assert.equal(call.statusCode, 200, call.body);
      // The ticket's own event ('taken') may come first.
      let heard: { kind: string; number: string };
      do heard = JSON.parse((await nextEvent('queue')).split('\ndata: ')[1]!);
      while (heard.kind === 'taken');
      assert.equal(heard.kind, 'called');
      assert.equal(heard.number, call.json().current.number);
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/pickup/tickets/${call.json().current.id}/serve`,
        headers: as(receiver),
      });
    } finally {
      abort.abort();
      await otherApp.close();
      await other.bus.close();
      await other.database.close();
    }
  });

  it('answers 404 for the stream of a desk that does not exist', async () => {
    const res = await t.app.inject(
      `/api/v1/pickup/desks/00000000-0000-4000-8000-000000000000/display/events`,
    );
    assert.equal(res.statusCode, 404);
  });
});
