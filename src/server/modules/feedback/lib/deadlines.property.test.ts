// Properties of complaint deadlines over 2024–2029, on the shipped holiday calendar.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  createWorkingCalendar,
  DEFAULT_HOLIDAYS_FILE,
  localInstant,
  toLocalDate,
} from '../../../platform/calendar';
import { complaintDeadlines, deadlineColour, isOverdue } from './deadlines';

const calendar = createWorkingCalendar(JSON.parse(readFileSync(DEFAULT_HOLIDAYS_FILE, 'utf8')));
const instant = fc
  .integer({
    min: localInstant('2024-01-01', '00:00').getTime(),
    max: localInstant('2029-12-31', '23:59').getTime(),
  })
  .map((ms) => new Date(ms));
const rule = fc
  .tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 60 }))
  .filter(([d, a]) => a >= d)
  .map(([decideWorkingDays, answerWorkingDays]) => ({ decideWorkingDays, answerWorkingDays }));

/** Working days strictly after the effective receipt day up to and including `due`'s day. */
function workingDaysUntil(received: Date, due: Date): number {
  let day = calendar.effectiveReceiptDate(received);
  let n = 0;
  while (day < toLocalDate(due)) {
    day = calendar.nextWorkingDay(day);
    n += 1;
  }
  return n;
}

describe('complaint deadlines', () => {
  test('are the n-th working day after the effective receipt, decision no later than the answer', () => {
    fc.assert(
      fc.property(instant, rule, (received, r) => {
        const due = complaintDeadlines(calendar, r, received);
        assert.ok(due.decideDueAt <= due.answerDueAt);
        assert.equal(calendar.isWorkingDay(toLocalDate(due.answerDueAt)), true);
        assert.equal(workingDaysUntil(received, due.decideDueAt), r.decideWorkingDays);
        assert.equal(workingDaysUntil(received, due.answerDueAt), r.answerWorkingDays);
      }),
      { numRuns: 300 },
    );
  });

  test('colour red exactly when overdue, and none once finished', () => {
    fc.assert(
      fc.property(
        instant,
        instant,
        fc.constantFrom('received', 'accepted', 'handling', 'answered', 'refused', 'closed'),
        (received, now, state) => {
          const due = complaintDeadlines(calendar, { decideWorkingDays: 2, answerWorkingDays: 15 }, received);
          const c = { state, decide_due_at: due.decideDueAt, answer_due_at: due.answerDueAt } as const;
          const colour = deadlineColour(calendar, c, now);
          assert.equal(colour === 'red', isOverdue(c, now));
          assert.equal(colour === 'none', ['answered', 'refused', 'closed'].includes(state));
        },
      ),
      { numRuns: 300 },
    );
  });
});
