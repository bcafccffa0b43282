import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readEidClaims } from './eid-claims';

const CLAIM = 'personal_identification_number';
const base = {
  sub: 's-1',
  name: 'Trần Thị Hoa',
  birthdate: '1995-06-30',
  gender: 'female',
  [CLAIM]: '038195001122',
};

describe('readEidClaims', () => {
  it('keeps the verified identity and normalises phone, e-mail and name', () => {
    const read = readEidClaims(
      {
        ...base,
        name: '  Tra\u0302\u0300n   Thị Hoa ',
        phone_number: '+84 912 345 678',
        email: 'Hoa.Tran@Example.VN',
      },
      CLAIM,
    );
    assert.ok(read.ok);
    assert.deepEqual(read.person, {
      subject: 's-1',
      fullName: 'Trần Thị Hoa',
      personalId: '038195001122',
      dateOfBirth: '1995-06-30',
      sex: 'female',
      phone: '0912345678',
      email: 'hoa.tran@example.vn',
    });
  });

  it('drops contact details the provider says are unverified, and partial birth dates', () => {
    const read = readEidClaims(
      { ...base, birthdate: '0000-06-30', phone_number: '0912345678', phone_number_verified: false },
      CLAIM,
    );
    assert.ok(read.ok);
    assert.equal(read.person.phone, null);
    assert.equal(read.person.dateOfBirth, null);
  });

  it('names what is wrong', () => {
    const error = (claims: Record<string, unknown>) => {
      const read = readEidClaims({ ...base, ...claims }, CLAIM);
      return read.ok ? 'ok' : read.error;
    };
    assert.equal(error({ [CLAIM]: undefined }), 'no_personal_id');
    assert.equal(error({ [CLAIM]: '' }), 'no_personal_id');
    assert.equal(error({ [CLAIM]: '0381950011223' }), 'invalid_personal_id');
    // As a JSON number the leading zero of the province code is already lost.
    assert.equal(error({ [CLAIM]: 38195001122 }), 'invalid_personal_id');
    assert.equal(error({ gender: 'male' }), 'invalid_personal_id');
    assert.equal(error({ birthdate: '1996-06-30' }), 'invalid_personal_id');
    assert.equal(error({ name: 'H' }), 'invalid_claims');
    assert.equal(error({ name: undefined }), 'invalid_claims');
    assert.equal(error({}), 'ok');
  });
});
