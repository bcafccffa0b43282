import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkPersonalId, parsePersonalId } from './personal-id';

describe('personal identification number', () => {
  it('reads province, sex and birth year', () => {
    assert.deepEqual(parsePersonalId('038090001234'), { provinceCode: '038', sex: 'male', birthYear: 1990 });
    assert.deepEqual(parsePersonalId('038326001234'), {
      provinceCode: '038',
      sex: 'female',
      birthYear: 2026,
    });
  });

  it('refuses wrong lengths and non-digits', () => {
    for (const bad of ['03809000123', '0380900012345', '03809000123a', ''])
      assert.deepEqual(checkPersonalId(bad), ['format']);
  });

  it('refuses an unknown province of birth registration', () => {
    assert.deepEqual(checkPersonalId('003090001234'), ['province']);
  });

  it('cross-checks sex and birth year', () => {
    assert.deepEqual(checkPersonalId('038090001234', { sex: 'male', dateOfBirth: '1990-05-01' }), []);
    assert.deepEqual(checkPersonalId('038090001234', { sex: 'female', dateOfBirth: '1991-05-01' }), [
      'sex',
      'birth_year',
    ]);
    assert.deepEqual(checkPersonalId('038290001234', { sex: 'male', dateOfBirth: '1990-05-01' }), [
      'birth_year',
    ]);
  });

  it('accepts every number built from a valid birth (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2099 }),
        fc.constantFrom('male' as const, 'female' as const),
        fc.integer({ min: 0, max: 999_999 }),
        (year, sex, serial) => {
          const centuryDigit = (Math.floor((year - 1900) / 100) * 2 + (sex === 'female' ? 1 : 0)).toString();
          const id = `038${centuryDigit}${String(year % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
          return checkPersonalId(id, { sex, dateOfBirth: `${year}-06-15` }).length === 0;
        },
      ),
    );
  });
});
