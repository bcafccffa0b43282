import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endedWithoutResult, netPaid, refundableByOrder } from './refundable';

const paid = (id: string, amount: number) => ({ id, status: 'paid', amount });

describe('what a dossier may get back', () => {
  it('offers nothing while the dossier owes what it paid', () => {
    assert.deepEqual([...refundableByOrder([paid('a', 16000)], [], 16000)], [['a', 0]]);
  });

  it('offers the excess of a double payment on either order, and nothing once it is refunded', () => {
    const orders = [paid('a', 16000), paid('b', 16000), { id: 'c', status: 'failed', amount: 16000 }];
    assert.deepEqual(
      [...refundableByOrder(orders, [], 16000)],
      [
        ['a', 16000],
        ['b', 16000],
      ],
    );
    const refunds = [{ order_id: 'b', status: 'requested', amount: 16000 }];
    assert.deepEqual(
      [...refundableByOrder(orders, refunds, 16000)],
      [
        ['a', 0],
        ['b', 0],
      ],
    );
    assert.equal(netPaid(orders, refunds), 16000);
  });

  it('gives back a refused refund, and never more of an order than is left of it', () => {
    const orders = [paid('a', 10000), paid('b', 6000)];
    const refunds = [
      { order_id: 'a', status: 'failed', amount: 10000 },
      { order_id: 'b', status: 'refunded', amount: 2000 },
    ];
    // Ended without a result: everything paid is owed back (14 000 left), at most 4 000 of b.
    assert.deepEqual(
      [...refundableByOrder(orders, refunds, 0)],
      [
        ['a', 10000],
        ['b', 4000],
      ],
    );
  });

  it('counts refused, withdrawn and stopped dossiers as ended without a result', () => {
    assert.deepEqual(['refused', 'withdrawn', 'stopped', 'returned', 'processing'].map(endedWithoutResult), [
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
