import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogueMismatches } from '../../i18n/catalogue-parity';
import { enPickup, viPickup } from './messages';

describe('pickup messages', () => {
  it('has every key in both languages with the same placeholders', () => {
    assert.deepEqual(catalogueMismatches(viPickup, enPickup), []);
  });
});
