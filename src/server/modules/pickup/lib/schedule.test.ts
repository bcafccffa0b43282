import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDefaultCalendar } from '../../../platform/calendar';
import { type DeskSchedule, hoursOn, isoWeekday, isSlotStart, localDate, slotStarts } from './schedule';

const schedule: DeskSchedule = {
  slotMinutes: 30,
  hours: [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, session: 'morning' as const, opens: '07:30', closes: '11:30' },
    { weekday, session: 'afternoon' as const, opens: '13:30', closes: '17:00' },
  ]),
};

describe('pickup schedule', () => {
  it('cuts each session into whole slots in Vietnamese local time', async () => {
    const calendar = await loadDefaultCalendar();
    const slots = slotStarts(calendar, schedule, '2026-12-01');
    // 07:30–11:30 is 8 slots; 13:30–17:00 is 7 (16:30 is the last that ends by 17:00).
    assert.equal(slots.length, 15);
    assert.equal(slots[0]!.toISOString(), '2026-12-01T00:30:00.000Z');
    assert.equal(slots.at(-1)!.toISOString(), '2026-12-01T09:30:00.000Z');
    assert.equal(localDate(slots[0]!), '2026-12-01');
    assert.ok(isSlotStart(calendar, schedule, new Date('2026-12-01T02:00:00Z')));
    assert.ok(!isSlotStart(calendar, schedule, new Date('2026-12-01T02:10:00Z')));
    assert.ok(!isSlotStart(calendar, schedule, new Date('2026-12-01T05:00:00Z')), '12:00 is lunch');
  });

  it('is closed on weekends without hours and on the holiday calendar’s days off', async () => {
    const calendar = await loadDefaultCalendar();
    assert.equal(isoWeekday('2026-12-05'), 6);
    assert.deepEqual(slotStarts(calendar, schedule, '2026-12-05'), []);
    // Quốc khánh 2/9/2026 is a Wednesday: closed although Wednesday has hours.
    assert.equal(isoWeekday('2026-09-02'), 3);
    assert.deepEqual(hoursOn(calendar, schedule, '2026-09-02'), []);
    // A desk that opens Saturday mornings is open on an ordinary Saturday.
    const withSaturday = {
      ...schedule,
      hours: [
        ...schedule.hours,
        { weekday: 6, session: 'morning' as const, opens: '07:30', closes: '11:30' },
      ],
    };
    assert.equal(slotStarts(calendar, withSaturday, '2026-12-05').length, 8);
  });
});
