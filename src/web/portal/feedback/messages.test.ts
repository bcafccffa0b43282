import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogueMismatches } from '../../i18n/catalogue-parity';
import { enFeedback, translateFeedback, viFeedback } from './messages';

describe('feedback messages', () => {
  it('has every key in both languages with the same placeholders, none blank', () => {
    assert.deepEqual(catalogueMismatches(viFeedback, enFeedback), []);
    for (const key of Object.keys(viFeedback) as (keyof typeof viFeedback)[])
      assert.ok(viFeedback[key].trim() && enFeedback[key].trim(), key);
  });

  it('fills placeholders and keeps diacritics', () => {
    assert.equal(
      translateFeedback('vi', 'fb.rate.yours', { level: 'Rất hài lòng' }),
      'Bạn đã đánh giá: Rất hài lòng',
    );
    assert.equal(translateFeedback('en', 'fb.rate.yours', { level: 'Satisfied' }), 'Your rating: Satisfied');
  });
});
