import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timeLeft, WORKING_DAY_MS, workingMsBetween } from './working-time';

// Times are written in Vietnamese local time (+07:00).
const at = (local: string) => new Date(`${local}+07:00`);
const H = 3_600_000;

describe('working time between two instants', () => {
  it('counts only office hours of one day', () => {
    assert.equal(workingMsBetween(at('2026-11-23T07:00'), at('2026-11-23T18:00')), WORKING_DAY_MS);
    assert.equal(WORKING_DAY_MS, 7.5 * H);
    assert.equal(workingMsBetween(at('2026-11-23T11:00'), at('2026-11-23T14:00')), 1 * H);
  });

  it('skips the weekend', () => {
    // Friday 16:00 → Monday 08:30: one hour on Friday, one on Monday.
    assert.equal(workingMsBetween(at('2026-11-27T16:00'), at('2026-11-30T08:30')), 2 * H);
  });

  it('is negative when the deadline is behind', () => {
    assert.equal(workingMsBetween(at('2026-11-23T10:00'), at('2026-11-23T08:00')), -2 * H);
  });
});

describe('time left until an appointment', () => {
  it('speaks in hours under two working days, in days beyond', () => {
    assert.deepEqual(timeLeft(at('2026-11-24T17:00'), at('2026-11-24T09:00')), {
      kind: 'hours',
      value: 6,
      overdue: false,
    });
    assert.deepEqual(timeLeft(at('2026-12-04T17:00'), at('2026-11-30T07:30')), {
      kind: 'days',
      value: 5,
      overdue: false,
    });
  });

  it('says how late an overdue dossier is, and is overdue even outside office hours', () => {
    assert.deepEqual(timeLeft(at('2026-11-24T09:00'), at('2026-11-24T10:30')), {
      kind: 'hours',
      value: 2,
      overdue: true,
    });
    // Due at 17:00, now 18:00 the same day: no office time passed, yet it is late.
    assert.equal(timeLeft(at('2026-11-24T17:00'), at('2026-11-24T18:00')).overdue, true);
  });
});
