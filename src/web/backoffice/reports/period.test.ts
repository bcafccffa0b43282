import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPeriod, presetPeriod } from './period';

describe('reporting periods', () => {
  it('ends the running periods today', () => {
    assert.deepEqual(presetPeriod('month', '2026-11-27'), { from: '2026-11-01', to: '2026-11-27' });
    assert.deepEqual(presetPeriod('quarter', '2026-11-27'), { from: '2026-10-01', to: '2026-11-27' });
    assert.deepEqual(presetPeriod('year', '2026-02-03'), { from: '2026-01-01', to: '2026-02-03' });
  });

  it('takes the whole previous month, across a year end and a leap February', () => {
    assert.deepEqual(presetPeriod('lastMonth', '2027-01-10'), { from: '2026-12-01', to: '2026-12-31' });
    assert.deepEqual(presetPeriod('lastMonth', '2028-03-05'), { from: '2028-02-01', to: '2028-02-29' });
  });

  it('refuses an inverted or unfinished period', () => {
    assert.equal(isPeriod({ from: '2026-11-02', to: '2026-11-01' }), false);
    assert.equal(isPeriod({ from: '2026-11-01', to: '' }), false);
    assert.equal(isPeriod({ from: '2026-11-01', to: '2026-11-01' }), true);
  });
});
