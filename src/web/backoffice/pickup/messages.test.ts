import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogueMismatches } from '../../i18n/catalogue-parity';
import { enPickupDesk, viPickupDesk } from './messages';

describe('pickup desk messages', () => {
  it('has every key in both languages with the same placeholders', () => {
    assert.deepEqual(catalogueMismatches(viPickupDesk, enPickupDesk), []);
  });
});
