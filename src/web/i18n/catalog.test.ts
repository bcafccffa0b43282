import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en } from './en';
import { translate } from './messages';
import { vi } from './vi';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('vi and en have exactly the same keys', () => {
    const viKeys = Object.keys(vi).sort();
    const enKeys = Object.keys(en).sort();
    assert.deepEqual(
      enKeys.filter((k) => !viKeys.includes(k)),
      [],
      'keys only in en',
    );
    assert.deepEqual(
      viKeys.filter((k) => !enKeys.includes(k)),
      [],
      'keys only in vi',
    );
  });

  it('no message is empty or blank', () => {
    for (const [name, catalogue] of Object.entries({ vi, en })) {
      for (const [key, value] of Object.entries(catalogue)) {
        assert.ok(typeof value === 'string' && value.trim().length > 0, `${name}: ${key} is empty`);
      }
    }
  });

  it('both languages use the same placeholders for each key', () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      assert.deepEqual(placeholders(en[key]), placeholders(vi[key]), key);
    }
  });

  it('fills placeholders and keeps Vietnamese diacritics intact', () => {
    assert.equal(
      translate('vi', 'portal.footer.hotline', { value: '1900 0000' }),
      'Đường dây nóng: 1900 0000',
    );
    assert.equal(translate('en', 'error.requestId', { id: 'r-1' }), 'Request id: r-1');
  });
});
