import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import {
  DEFAULT_STEP_BUDGETS,
  deadlineColourOf,
  type StepBudget,
} from '../../../../contracts/dossier-workflow';
import { loadDefaultCalendar, type WorkingCalendar } from '../../../platform/calendar';
import { stepDeadline, stepOfState } from './step-deadline';

const at = (s: string) => new Date(`${s}+07:00`);

describe('step deadlines on the working-day calendar', () => {
  let calendar: WorkingCalendar;
  before(async () => {
    calendar = await loadDefaultCalendar();
  });
  // Friday 27/11/2026, received Monday 23/11 with the appointment on Monday 30/11 at closing time.
  const receivedAt = at('2026-11-23T08:00:00');
  const dueAt = at('2026-11-30T17:00:00');

  it('counts office hours across the weekend', () => {
    const d = stepDeadline(
      { unit: 'working_hours', value: 4 },
      {
        calendar,
        start: at('2026-11-27T15:00:00'),
        receivedAt,
        dueAt,
      },
    );
    // 2 office hours left on Friday, then 2 on Monday morning.
    assert.deepEqual(d, at('2026-11-30T09:30:00'));
  });

  it('hands over the same day, or the next working day after 15:00 (NĐ 61/2018 Điều 19)', () => {
    const clock = { calendar, receivedAt, dueAt: at('2026-12-10T17:00:00') };
    const budget: StepBudget = { unit: 'working_days', value: 0 };
    assert.deepEqual(
      stepDeadline(budget, { ...clock, start: at('2026-11-26T10:00:00') }),
      at('2026-11-26T17:00:00'),
    );
    assert.deepEqual(
      stepDeadline(budget, { ...clock, start: at('2026-11-27T15:30:00') }),
      at('2026-11-30T17:00:00'),
    );
  });

  it('gives a share of the whole statutory time, and never more than the appointment', () => {
    const start = at('2026-11-24T08:00:00');
    const d = stepDeadline({ unit: 'percent', value: 60 }, { calendar, start, receivedAt, dueAt })!;
    const total = calendar.workingTimeBetween(receivedAt, dueAt);
    assert.equal(calendar.workingTimeBetween(start, d), Math.round(total * 0.6));
    const late = stepDeadline(
      { unit: 'percent', value: 100 },
      {
        calendar,
        start: at('2026-11-30T08:00:00'),
        receivedAt,
        dueAt,
      },
    );
    assert.deepEqual(late, dueAt);
  });

  it('never sets a step deadline after the appointment, nor before the step starts (property)', () => {
    const budgets = fc.oneof(
      fc.record({ unit: fc.constant('working_hours' as const), value: fc.integer({ min: 1, max: 120 }) }),
      fc.record({ unit: fc.constant('working_days' as const), value: fc.integer({ min: 0, max: 30 }) }),
      fc.record({ unit: fc.constant('percent' as const), value: fc.integer({ min: 1, max: 100 }) }),
      fc.constant({ unit: 'appointment' as const }),
    );
    const base = at('2026-01-05T08:00:00').getTime();
    fc.assert(
      fc.property(
        budgets,
        fc.integer({ min: 0, max: 300 * 86_400_000 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 100 }),
        (budget, offset, days, share) => {
          const received = new Date(base + offset);
          const due = calendar.addWorkingDays(received, days);
          const start = new Date(received.getTime() + ((due.getTime() - received.getTime()) * share) / 100);
          const d = stepDeadline(budget, { calendar, start, receivedAt: received, dueAt: due });
          assert.ok(d && d <= due, `${d?.toISOString()} after ${due.toISOString()}`);
          assert.ok(d.getTime() >= start.getTime() || d.getTime() === due.getTime());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('has no step while the applicant is to act, and none at the end', () => {
    const clock = { calendar, start: at('2026-11-24T08:00:00'), receivedAt, dueAt };
    assert.equal(stepOfState('supplement_requested', DEFAULT_STEP_BUDGETS, clock), null);
    assert.equal(stepOfState('fee_requested', DEFAULT_STEP_BUDGETS, clock), null);
    assert.equal(stepOfState('returned', DEFAULT_STEP_BUDGETS, clock), null);
    assert.deepEqual(stepOfState('result_ready', DEFAULT_STEP_BUDGETS, clock), { step: 'return', dueAt });
  });
});

describe('deadline colours by office time left', () => {
  const now = at('2026-11-27T09:00:00');
  const hour = 3_600_000;
  const later = new Date(now.getTime() + 1);
  it('is green with a working day or more, yellow under one, red under half, overdue once past', () => {
    assert.equal(deadlineColourOf(7.5 * hour, later, now), 'green');
    assert.equal(deadlineColourOf(7 * hour, later, now), 'yellow');
    assert.equal(deadlineColourOf(3 * hour, later, now), 'red');
    assert.equal(deadlineColourOf(-1, now, now), 'overdue');
    assert.equal(deadlineColourOf(null, null, now), 'none');
  });
});
