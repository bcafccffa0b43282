import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MeData } from '../../api/identity';
import { signingRights } from './rights';

const HR = { agencyId: 'a-hr', agencyName: 'UBND phường Hàm Rồng' };
const HT = { agencyId: 'a-ht', agencyName: 'UBND phường Hạc Thành' };
const me = (roles: { agencyId: string; agencyName: string; role: string }[]) =>
  ({ roles }) as unknown as MeData;

describe('what the signing area offers, as the signing policy allows it', () => {
  it('a leader signs from the queue, sees the seal, certifies, reads the book and the rate', () => {
    const r = signingRights(me([{ ...HR, role: 'leader' }]));
    assert.equal(r.queue, true);
    assert.deepEqual(r.sealManage, []);
    assert.deepEqual(
      r.sealView.map((a) => a.id),
      ['a-hr'],
    );
    assert.deepEqual(
      r.certify.map((a) => a.id),
      ['a-hr'],
    );
    assert.deepEqual(
      r.rate.map((a) => a.id),
      ['a-hr'],
    );
  });

  it('a receiver certifies copies but has no queue, no seal, no rate', () => {
    const r = signingRights(me([{ ...HR, role: 'receiver' }]));
    assert.equal(r.queue, false);
    assert.deepEqual(r.sealView, []);
    assert.deepEqual(
      r.certify.map((a) => a.id),
      ['a-hr'],
    );
    assert.deepEqual(r.rate, []);
  });

  it('an agency administrator manages the seal and reads the book, certifies nothing', () => {
    const r = signingRights(
      me([
        { ...HR, role: 'agency_admin' },
        { ...HT, role: 'receiver' },
      ]),
    );
    assert.deepEqual(
      r.sealManage.map((a) => a.id),
      ['a-hr'],
    );
    assert.deepEqual(
      r.certify.map((a) => a.id),
      ['a-ht'],
    );
    assert.deepEqual(
      r.book.map((a) => a.id),
      ['a-hr', 'a-ht'],
    );
  });

  it('lists an agency once however many roles the official holds there', () => {
    const r = signingRights(
      me([
        { ...HR, role: 'clerk' },
        { ...HR, role: 'leader' },
      ]),
    );
    assert.deepEqual(r.sealView, [{ id: 'a-hr', name: 'UBND phường Hàm Rồng' }]);
  });
});
