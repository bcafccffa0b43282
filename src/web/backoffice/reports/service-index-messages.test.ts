import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogueMismatches } from '../../i18n/catalogue-parity';
import { enServiceIndex, formatRate, viServiceIndex } from './service-index-messages';

describe('QĐ 766 section messages', () => {
  it('has every key in both languages with the same placeholders', () => {
    assert.deepEqual(catalogueMismatches(viServiceIndex, enServiceIndex), []);
  });

  it('shows a rate with the reader’s decimal mark and at most two decimals', () => {
    assert.equal(formatRate(0.75, 'vi'), '75 %');
    assert.equal(formatRate(0.123456, 'vi'), '12,35 %');
    assert.equal(formatRate(0.123456, 'en'), '12.35 %');
  });
});
