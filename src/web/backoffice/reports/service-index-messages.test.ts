import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enServiceIndex, formatRate, type ServiceIndexKey, viServiceIndex } from './service-index-messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('QĐ 766 section messages', () => {
  it('has every key in both languages with the same placeholders', () => {
    assert.deepEqual(Object.keys(enServiceIndex).sort(), Object.keys(viServiceIndex).sort());
    for (const key of Object.keys(viServiceIndex) as ServiceIndexKey[])
      assert.deepEqual(placeholders(enServiceIndex[key]), placeholders(viServiceIndex[key]), key);
  });

  it('shows a rate with the reader’s decimal mark and at most two decimals', () => {
    assert.equal(formatRate(0.75, 'vi'), '75 %');
    assert.equal(formatRate(0.123456, 'vi'), '12,35 %');
    assert.equal(formatRate(0.123456, 'en'), '12.35 %');
  });
});
