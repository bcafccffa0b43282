import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify } from './timeliness';

const at = (s: string) => new Date(`${s}+07:00`);

describe('QĐ 766 timeliness', () => {
  const dueAt = at('2026-11-30T17:00:00');
  const now = at('2026-12-10T09:00:00');
  it('is early when finished a day before the appointment day', () => {
    assert.equal(
      classify({ dueAt, endedAt: at('2026-11-27T10:00:00'), supplementRequests: 0, now }),
      'early',
    );
  });
  it('is on time when finished on the appointment day', () => {
    assert.equal(
      classify({ dueAt, endedAt: at('2026-11-30T16:59:00'), supplementRequests: 0, now }),
      'on_time',
    );
    assert.equal(classify({ dueAt, endedAt: dueAt, supplementRequests: 1, now }), 'on_time');
  });
  it('is late after the appointment', () => {
    assert.equal(classify({ dueAt, endedAt: at('2026-11-30T17:01:00'), supplementRequests: 0, now }), 'late');
  });
  it('counts a second supplement request as late, however fast', () => {
    assert.equal(classify({ dueAt, endedAt: at('2026-11-27T10:00:00'), supplementRequests: 2, now }), 'late');
  });
  it('counts an open dossier past its appointment as late, and one before it as in progress', () => {
    assert.equal(classify({ dueAt, endedAt: null, supplementRequests: 0, now }), 'late');
    assert.equal(
      classify({ dueAt, endedAt: null, supplementRequests: 0, now: at('2026-11-28T09:00:00') }),
      'in_progress',
    );
  });
});
