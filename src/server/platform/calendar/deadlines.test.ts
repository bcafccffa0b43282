// Deadlines and processing time: addWorkingDays, addWorkingHours, workingTimeBetween.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { localInstant as at, createWorkingCalendar, DEFAULT_HOLIDAYS_FILE } from './index';

const data = JSON.parse(readFileSync(DEFAULT_HOLIDAYS_FILE, 'utf8'));
const calendar = createWorkingCalendar(data);
const HOUR = 3_600_000;
const cutoff = { afternoonCutoff: '15:00' };

describe('addWorkingDays', () => {
  test('5 working days from Thursday 12/02/2026 land after Tết: Thursday 26/02 at 17:00', () => {
    // Day 1 is Friday 13/02; Tết closes 14–22/02; days 2–5 are 23–26/02.
    const deadline = calendar.addWorkingDays(at('2026-02-12', '09:00'), 5);
    assert.deepEqual(deadline, at('2026-02-26', '17:00'));
    assert.equal(deadline.toISOString(), '2026-02-26T10:00:00.000Z');
  });

  test('the receipt day itself is not counted', () => {
    assert.deepEqual(calendar.addWorkingDays(at('2026-03-10', '07:30'), 1), at('2026-03-11', '17:00'));
  });

  test('0 working days means the same day, by the end of office hours', () => {
    assert.deepEqual(calendar.addWorkingDays(at('2026-03-10', '10:00'), 0), at('2026-03-10', '17:00'));
  });

  test('a make-up Saturday counts as a working day', () => {
    assert.deepEqual(calendar.addWorkingDays(at('2026-01-09', '09:00'), 1), at('2026-01-10', '17:00'));
  });

  test('a receipt on New Year’s Eve 2025 waits for the 01–04/01/2026 holiday', () => {
    assert.deepEqual(calendar.addWorkingDays(at('2025-12-31', '09:00'), 3), at('2026-01-07', '17:00'));
  });

  test('a receipt on a non-working day counts from the next working day', () => {
    // Submitted online on Saturday 14/02/2026, during Tết: received Monday 23/02, day 1 is Tuesday 24/02.
    assert.equal(calendar.effectiveReceiptDate(at('2026-02-14', '10:00')), '2026-02-23');
    assert.deepEqual(calendar.addWorkingDays(at('2026-02-14', '10:00'), 1), at('2026-02-24', '17:00'));
  });

  test('a receipt after closing time counts from the next working day', () => {
    assert.equal(calendar.effectiveReceiptDate(at('2026-03-10', '17:00')), '2026-03-10');
    assert.equal(calendar.effectiveReceiptDate(at('2026-03-10', '17:01')), '2026-03-11');
    assert.deepEqual(calendar.addWorkingDays(at('2026-03-10', '21:00'), 0), at('2026-03-11', '17:00'));
  });

  test('office hours are configurable; the deadline is their closing time', () => {
    const other = createWorkingCalendar(data, {
      officeHours: [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '17:30' },
      ],
    });
    assert.deepEqual(other.addWorkingDays(at('2026-03-10', '09:00'), 2), at('2026-03-12', '17:30'));
  });

  test('a negative or fractional count is refused', () => {
    assert.throws(() => calendar.addWorkingDays(at('2026-03-10', '09:00'), -1), RangeError);
    assert.throws(() => calendar.addWorkingDays(at('2026-03-10', '09:00'), 1.5), RangeError);
  });
});

describe('the 15:00 cutoff (hộ tịch: after 15:00, the result is due the next working day)', () => {
  test('at 15:00 sharp the receipt is still same-day', () => {
    assert.deepEqual(
      calendar.addWorkingDays(at('2026-03-10', '15:00'), 0, cutoff),
      at('2026-03-10', '17:00'),
    );
  });

  test('at 15:30 the receipt moves to the next working day', () => {
    assert.equal(calendar.effectiveReceiptDate(at('2026-03-10', '15:30'), cutoff), '2026-03-11');
    assert.deepEqual(
      calendar.addWorkingDays(at('2026-03-10', '15:30'), 0, cutoff),
      at('2026-03-11', '17:00'),
    );
  });

  test('a birth registered on Friday 13/02/2026 at 15:30 is due Monday 23/02, after Tết', () => {
    assert.deepEqual(
      calendar.addWorkingDays(at('2026-02-13', '15:30'), 0, cutoff),
      at('2026-02-23', '17:00'),
    );
  });

  test('5 working days from Thursday 12/02/2026 at 15:30 end one day later than at 09:00', () => {
    assert.deepEqual(
      calendar.addWorkingDays(at('2026-02-12', '15:30'), 5, cutoff),
      at('2026-02-27', '17:00'),
    );
    assert.deepEqual(calendar.addWorkingDays(at('2026-02-12', '15:30'), 5), at('2026-02-26', '17:00'));
  });

  test('a malformed cutoff is refused', () => {
    assert.throws(() => calendar.addWorkingDays(at('2026-03-10', '09:00'), 1, { afternoonCutoff: '3pm' }));
  });
});

describe('addWorkingHours', () => {
  test('8 working hours from Friday 13/02/2026 at 16:00 end Monday 23/02 at 16:30', () => {
    // 1 h on Friday, Tết closes 14–22/02, then 4 h in the morning and 3 h in the afternoon.
    assert.deepEqual(calendar.addWorkingHours(at('2026-02-13', '16:00'), 8), at('2026-02-23', '16:30'));
  });

  test('a count that ends exactly at 11:30 ends before lunch, not after', () => {
    assert.deepEqual(calendar.addWorkingHours(at('2026-03-10', '07:30'), 4), at('2026-03-10', '11:30'));
  });

  test('lunch break, evenings and weekends are not counted', () => {
    assert.deepEqual(calendar.addWorkingHours(at('2026-03-10', '12:00'), 1), at('2026-03-10', '14:30'));
    assert.deepEqual(calendar.addWorkingHours(at('2026-03-10', '20:00'), 1), at('2026-03-11', '08:30'));
    assert.deepEqual(calendar.addWorkingHours(at('2026-03-13', '16:30'), 1), at('2026-03-16', '08:00'));
  });

  test('fractions of an hour and zero', () => {
    assert.deepEqual(calendar.addWorkingHours(at('2026-03-10', '09:00'), 0.5), at('2026-03-10', '09:30'));
    assert.deepEqual(calendar.addWorkingHours(at('2026-03-14', '09:00'), 0), at('2026-03-14', '09:00'));
    assert.throws(() => calendar.addWorkingHours(at('2026-03-10', '09:00'), -1), RangeError);
  });
});

describe('workingTimeBetween', () => {
  test('across a weekend: Friday 16:00 → Monday 08:30 is 2 hours', () => {
    assert.equal(calendar.workingTimeBetween(at('2026-03-06', '16:00'), at('2026-03-09', '08:30')), 2 * HOUR);
  });

  test('across Tết 2026: Friday 13/02 09:00 → Monday 23/02 09:00 is 7.5 hours', () => {
    // Friday 09:00–11:30 and 13:30–17:00 (6 h), Monday 07:30–09:00 (1.5 h).
    assert.equal(
      calendar.workingTimeBetween(at('2026-02-13', '09:00'), at('2026-02-23', '09:00')),
      7.5 * HOUR,
    );
  });

  test('a make-up Saturday counts as a full day', () => {
    assert.equal(
      calendar.workingTimeBetween(at('2026-01-09', '17:00'), at('2026-01-12', '07:30')),
      7.5 * HOUR,
    );
  });

  test('time within a single day skips the lunch break', () => {
    assert.equal(calendar.workingTimeBetween(at('2026-03-10', '11:00'), at('2026-03-10', '14:00')), 1 * HOUR);
  });

  test('processing time minus a pause (hồ sơ chờ bổ sung)', () => {
    const received = at('2026-03-09', '08:00');
    const paused = at('2026-03-10', '10:00');
    const resumed = at('2026-03-16', '10:00');
    const done = at('2026-03-17', '16:00');
    const total = calendar.workingTimeBetween(received, done);
    const pause = calendar.workingTimeBetween(paused, resumed);
    // Monday 7 h + Tuesday to 10:00 2.5 h, then Monday 16/03 from 10:00 5 h + Tuesday to 16:00 6.5 h.
    assert.equal(total - pause, 21 * HOUR);
  });

  test('reversed arguments give a negative duration', () => {
    assert.equal(
      calendar.workingTimeBetween(at('2026-03-09', '08:30'), at('2026-03-06', '16:00')),
      -2 * HOUR,
    );
  });
});
