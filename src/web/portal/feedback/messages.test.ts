import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enFeedback, translateFeedback, viFeedback } from './messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('feedback messages', () => {
  it('has every key in both languages with the same placeholders, none blank', () => {
    assert.deepEqual(Object.keys(enFeedback).sort(), Object.keys(viFeedback).sort());
    for (const key of Object.keys(viFeedback) as (keyof typeof viFeedback)[]) {
      assert.ok(viFeedback[key].trim() && enFeedback[key].trim(), key);
      assert.deepEqual(placeholders(enFeedback[key]), placeholders(viFeedback[key]), key);
    }
  });

  it('fills placeholders and keeps diacritics', () => {
    assert.equal(
      translateFeedback('vi', 'fb.rate.yours', { level: 'Rất hài lòng' }),
      'Bạn đã đánh giá: Rất hài lòng',
    );
    assert.equal(translateFeedback('en', 'fb.rate.yours', { level: 'Satisfied' }), 'Your rating: Satisfied');
  });
});
