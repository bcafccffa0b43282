import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enPickup, viPickup } from './messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('pickup messages', () => {
  it('has every key in both languages with the same placeholders', () => {
    assert.deepEqual(Object.keys(enPickup).sort(), Object.keys(viPickup).sort());
    for (const [key, vi] of Object.entries(viPickup))
      assert.deepEqual(placeholders(enPickup[key as keyof typeof viPickup]), placeholders(vi), key);
  });
});
