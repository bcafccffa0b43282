import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planCancel, planPeriod } from './periods';

const v1 = { version: 1, from: '2025-07-01', to: null };

describe('effective periods', () => {
  it('closes the open-ended version at the start of its successor', () => {
    assert.deepEqual(planPeriod([v1], { from: '2027-01-01', to: null }), {
      changes: [{ version: 1, to: '2027-01-01' }],
      conflicts: [],
    });
  });

  it('refuses a period that starts on or before the open version’s start', () => {
    const plan = planPeriod([v1], { from: '2025-07-01', to: null });
    assert.deepEqual(plan.conflicts, [v1]);
    assert.deepEqual(plan.changes, []);
  });

  it('refuses an open-ended period before a scheduled one, accepts one that ends where it starts', () => {
    const versions = [
      { version: 1, from: '2025-07-01', to: '2027-01-01' },
      { version: 2, from: '2027-01-01', to: null },
    ];
    assert.equal(planPeriod(versions, { from: '2026-12-01', to: null }).conflicts.length, 2);
    const between = planPeriod(versions, { from: '2026-12-01', to: '2027-01-01' });
    assert.deepEqual(between, { changes: [{ version: 1, to: '2026-12-01' }], conflicts: [] });
    const inside = planPeriod(versions, { from: '2026-06-01', to: '2026-09-01' });
    assert.deepEqual(
      inside.conflicts.map((c) => c.version),
      [1],
    );
  });

  it('moves the predecessor’s end with a moved scheduled version', () => {
    const others = [{ version: 1, from: '2025-07-01', to: '2027-01-01' }];
    assert.deepEqual(planPeriod(others, { from: '2027-03-01', to: null }, '2027-01-01').changes, [
      { version: 1, to: '2027-03-01' },
    ]);
    assert.equal(planPeriod(others, { from: '2025-06-01', to: null }, '2027-01-01').conflicts.length, 1);
  });

  it('gives a cancelled version’s period back to its predecessor', () => {
    const others = [{ version: 1, from: '2025-07-01', to: '2027-01-01' }];
    assert.deepEqual(planCancel(others, { version: 2, from: '2027-01-01', to: null }), [
      { version: 1, to: null },
    ]);
  });
});
