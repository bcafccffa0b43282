import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { loadDefaultCalendar, type WorkingCalendar } from '../../../platform/calendar';
import { complaintDeadlines, deadlineColour, isOverdue } from './deadlines';

const rule = { decideWorkingDays: 2, answerWorkingDays: 15 };

describe('complaint deadlines in working days', () => {
  let calendar: WorkingCalendar;
  before(async () => {
    calendar = await loadDefaultCalendar();
  });

  it('skips the Hùng Kings compensatory day, 30/4 and 1/5 of 2026', () => {
    // Friday 24/4/2026 09:00: 25–26 weekend (Giỗ Tổ on Sunday), 27/4 compensatory day off.
    const due = complaintDeadlines(calendar, rule, new Date('2026-04-24T09:00:00+07:00'));
    assert.equal(due.decideDueAt.toISOString(), new Date('2026-04-29T17:00:00+07:00').toISOString());
    assert.equal(due.answerDueAt.toISOString(), new Date('2026-05-20T17:00:00+07:00').toISOString());
  });

  it('counts from the next working day when received on a weekend or after hours', () => {
    const sunday = complaintDeadlines(calendar, rule, new Date('2026-06-07T10:00:00+07:00'));
    const monday = complaintDeadlines(calendar, rule, new Date('2026-06-08T08:00:00+07:00'));
    assert.equal(sunday.decideDueAt.toISOString(), monday.decideDueAt.toISOString());
    assert.equal(sunday.decideDueAt.toISOString(), new Date('2026-06-10T17:00:00+07:00').toISOString());
  });

  it('colours by the deadline that matters in each state', () => {
    const received = {
      state: 'received' as const,
      decide_due_at: new Date('2026-06-10T17:00:00+07:00'),
      answer_due_at: new Date('2026-06-29T17:00:00+07:00'),
    };
    assert.equal(deadlineColour(calendar, received, new Date('2026-06-08T09:00:00+07:00')), 'green');
    assert.equal(deadlineColour(calendar, received, new Date('2026-06-10T09:00:00+07:00')), 'yellow');
    assert.equal(deadlineColour(calendar, received, new Date('2026-06-11T09:00:00+07:00')), 'red');
    assert.equal(isOverdue(received, new Date('2026-06-11T09:00:00+07:00')), true);
    const handling = { ...received, state: 'handling' as const };
    assert.equal(deadlineColour(calendar, handling, new Date('2026-06-11T09:00:00+07:00')), 'green');
    assert.equal(isOverdue(handling, new Date('2026-06-11T09:00:00+07:00')), false);
    assert.equal(
      deadlineColour(calendar, { ...received, state: 'answered' }, new Date('2027-01-01')),
      'none',
    );
  });
});
