import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enPickupDesk, viPickupDesk } from './messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('pickup desk messages', () => {
  it('has every key in both languages with the same placeholders', () => {
    assert.deepEqual(Object.keys(enPickupDesk).sort(), Object.keys(viPickupDesk).sort());
    for (const [key, vi] of Object.entries(viPickupDesk))
      assert.deepEqual(placeholders(enPickupDesk[key as keyof typeof viPickupDesk]), placeholders(vi), key);
  });
});
