// Properties of deadlines and working time over 2024–2029: official years (2025, 2026) and rule-based ones.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { fromDayNumber, localDayOf, localTimeOf, toDayNumber } from './civil-date';
import { createWorkingCalendar, DEFAULT_HOLIDAYS_FILE, localInstant, toLocalDate } from './index';

const calendar = createWorkingCalendar(JSON.parse(readFileSync(DEFAULT_HOLIDAYS_FILE, 'utf8')));
const HOUR = 3_600_000;
const OFFICE_DAY = 7.5 * HOUR; // 07:30–11:30 and 13:30–17:00
const CLOSING = 17 * HOUR;

const instant = fc
  .integer({
    min: localInstant('2024-01-01', '00:00').getTime(),
    max: localInstant('2029-12-31', '23:59').getTime(),
  })
  .map((ms) => new Date(ms));
const workingDays = fc.integer({ min: 0, max: 60 });
const cutoff = fc.constantFrom(undefined, '15:00', '16:00');
/** 07:30 on a working day. */
const openingTime = fc
  .integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2029-12-31') })
  .map((day) => calendar.nextWorkingDay(fromDayNumber(day)))
  .map((date) => localInstant(date, '07:30'));

describe('addWorkingDays properties', () => {
  test('the deadline is the closing time of a working day, after the receipt', () => {
    fc.assert(
      fc.property(instant, workingDays, cutoff, (received, n, afternoonCutoff) => {
        const deadline = calendar.addWorkingDays(received, n, { afternoonCutoff });
        assert.equal(calendar.isWorkingDay(toLocalDate(deadline)), true);
        assert.equal(localTimeOf(deadline), CLOSING);
        assert.ok(deadline >= received); // equal only for a same-day procedure received at closing time
      }),
      { numRuns: 500 },
    );
  });

  test('one more working day gives a later deadline, on the next working day', () => {
    fc.assert(
      fc.property(instant, workingDays, cutoff, (received, n, afternoonCutoff) => {
        const deadline = calendar.addWorkingDays(received, n, { afternoonCutoff });
        const later = calendar.addWorkingDays(received, n + 1, { afternoonCutoff });
        assert.ok(later > deadline);
        assert.equal(toLocalDate(later), calendar.nextWorkingDay(toLocalDate(deadline)));
      }),
      { numRuns: 500 },
    );
  });

  test('a later receipt never gives an earlier deadline', () => {
    fc.assert(
      fc.property(instant, instant, workingDays, cutoff, (a, b, n, afternoonCutoff) => {
        const [first, second] = a <= b ? [a, b] : [b, a];
        assert.ok(
          calendar.addWorkingDays(first, n, { afternoonCutoff }) <=
            calendar.addWorkingDays(second, n, { afternoonCutoff }),
        );
      }),
      { numRuns: 500 },
    );
  });

  test('from the opening time of a working day, n working days give n office days plus the receipt day', () => {
    // The receipt day is not counted (counting starts the next working day), so the office has it on top.
    fc.assert(
      fc.property(openingTime, workingDays, (received, n) => {
        const deadline = calendar.addWorkingDays(received, n);
        assert.equal(calendar.workingTimeBetween(received, deadline), (n + 1) * OFFICE_DAY);
      }),
      { numRuns: 500 },
    );
  });

  test('from any receipt without cutoff, the office gets between n and n + 1 office days', () => {
    fc.assert(
      fc.property(instant, workingDays, (received, n) => {
        const time = calendar.workingTimeBetween(received, calendar.addWorkingDays(received, n));
        assert.ok(time >= n * OFFICE_DAY && time <= (n + 1) * OFFICE_DAY, `${time / HOUR} h for n = ${n}`);
      }),
      { numRuns: 500 },
    );
  });
});

describe('addWorkingHours and workingTimeBetween properties', () => {
  const hours = fc.integer({ min: 0, max: 200 * 4 }).map((quarters) => quarters / 4);

  test('workingTimeBetween(a, addWorkingHours(a, h)) is exactly h hours', () => {
    fc.assert(
      fc.property(instant, hours, (start, h) => {
        const end = calendar.addWorkingHours(start, h);
        assert.ok(end >= start);
        assert.equal(calendar.workingTimeBetween(start, end), h * HOUR);
      }),
      { numRuns: 500 },
    );
  });

  test('a positive count ends inside office hours on a working day', () => {
    fc.assert(
      fc.property(instant, hours, (start, h) => {
        fc.pre(h > 0);
        const end = calendar.addWorkingHours(start, h);
        const time = localTimeOf(end);
        const inMorning = time > 7.5 * HOUR && time <= 11.5 * HOUR;
        const inAfternoon = time > 13.5 * HOUR && time <= CLOSING;
        assert.ok(inMorning || inAfternoon, end.toISOString());
        assert.equal(calendar.isWorkingDay(fromDayNumber(localDayOf(end))), true);
      }),
      { numRuns: 500 },
    );
  });

  test('working time adds up over consecutive intervals and is antisymmetric', () => {
    fc.assert(
      fc.property(instant, instant, instant, (x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p.getTime() - q.getTime()) as [Date, Date, Date];
        assert.equal(
          calendar.workingTimeBetween(a, b) + calendar.workingTimeBetween(b, c),
          calendar.workingTimeBetween(a, c),
        );
        assert.equal(calendar.workingTimeBetween(c, a), -calendar.workingTimeBetween(a, c));
      }),
      { numRuns: 200 },
    );
  });

  test('no working time passes within a non-working day', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2029-12-31') }), (day) => {
        const date = fromDayNumber(day);
        fc.pre(!calendar.isWorkingDay(date));
        assert.equal(
          calendar.workingTimeBetween(localInstant(date, '00:00'), localInstant(date, '23:59')),
          0,
        );
      }),
    );
  });
});
