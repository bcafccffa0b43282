import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  AUTHOR_COMPLAINT_ACTIONS,
  type AuthorComplaintAction,
  COMPLAINT_ACTIONS,
  COMPLAINT_STATES,
  COMPLAINT_WORKFLOW,
  type ComplaintState,
  complaintActionsIn,
  complaintStateInfo,
} from './feedback';

/** Applies an action as the server does: the first matching transition, or refused (unchanged). */
function step(state: ComplaintState, action: (typeof COMPLAINT_ACTIONS)[number], by: 'staff' | 'citizen') {
  const t = COMPLAINT_WORKFLOW.find(
    (x) => x.action === action && x.from.includes(state) && x.by.includes(by),
  );
  return t ? t.to : null;
}

describe('the complaint workflow table', () => {
  it('offers exactly the actions it accepts, and nothing once refused or closed', () => {
    for (const state of COMPLAINT_STATES)
      for (const by of ['staff', 'citizen'] as const) {
        const offered = complaintActionsIn(state, by);
        const accepted = COMPLAINT_ACTIONS.filter((a) => step(state, a, by) !== null);
        assert.deepEqual(offered, accepted, `${state} by ${by}`);
      }
    assert.deepEqual(complaintActionsIn('refused', 'staff'), []);
    assert.deepEqual(complaintActionsIn('closed', 'staff'), []);
    // The citizen acts only on an answered complaint (closes it, judges the answer, raises it again).
    assert.deepEqual(
      COMPLAINT_STATES.filter((s) => complaintActionsIn(s, 'citizen').length),
      ['answered'],
    );
  });

  it('names in AuthorComplaintAction exactly the actions the table gives the author', () => {
    const named: AuthorComplaintAction[] = ['close', 'satisfied', 'dissatisfied', 'reopen'];
    assert.deepEqual([...AUTHOR_COMPLAINT_ACTIONS].sort(), [...named].sort());
    assert.deepEqual(complaintActionsIn('answered', 'citizen').sort(), [...named].sort());
  });

  it('never answers, refuses or closes without passing the states the law requires', () => {
    const actor = fc.constantFrom('staff' as const, 'citizen' as const);
    const action = fc.constantFrom(...COMPLAINT_ACTIONS);
    fc.assert(
      fc.property(fc.array(fc.tuple(action, actor), { maxLength: 30 }), (steps) => {
        let state: ComplaintState = 'received';
        const seen: ComplaintState[] = [state];
        for (const [a, by] of steps) {
          const next = step(state, a, by);
          if (next === null) continue;
          state = next;
          seen.push(state);
        }
        // Answered only after acceptance; refused only straight from received; closed only after an answer.
        if (seen.includes('answered')) assert.ok(seen.indexOf('accepted') < seen.indexOf('answered'));
        if (seen.includes('refused')) assert.deepEqual(seen, ['received', 'refused']);
        if (seen.includes('closed'))
          assert.ok(seen.indexOf('answered') >= 0 && seen.indexOf('answered') < seen.indexOf('closed'));
        // Open states are exactly those a deadline runs in.
        assert.equal(complaintStateInfo[state].open, ['received', 'accepted', 'handling'].includes(state));
      }),
      { numRuns: 500 },
    );
  });
});
