import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  children,
  generalizedTime,
  integer,
  octetString,
  oid,
  sequence,
  setOf,
  unsignedInteger,
} from './der';
import { DerError, kids, octets, oidOf, readNode, splitDer, timeOf } from './der-reader';

describe('DER writer and strict reader', () => {
  it('round-trips object identifiers, including UUID-based ones beyond 2^53', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 39 }),
        fc.array(fc.bigInt({ min: 0n, max: 2n ** 130n }), { maxLength: 6 }),
        (a, b, rest) => {
          const dotted = [a, b, ...rest].join('.');
          assert.equal(oidOf(readNode(oid(dotted))), dotted);
        },
      ),
    );
    assert.equal(oidOf(readNode(oid('1.2.840.113549.1.9.16.2.47'))), '1.2.840.113549.1.9.16.2.47');
  });

  it('writes long lengths and reads them back; nested structures keep their exact bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 70_000 }), (bytes) => {
        const der = sequence(octetString(bytes), integer(5));
        const [o, i] = kids(readNode(der));
        assert.deepEqual(Buffer.from(octets(o!)), Buffer.from(bytes));
        assert.deepEqual([...i!.content], [5]);
        assert.equal(children(der).length, 2);
      }),
      { numRuns: 30 },
    );
  });

  it('encodes INTEGER magnitudes minimally and positive; SET OF sorted', () => {
    assert.deepEqual([...unsignedInteger(Uint8Array.of(0, 0, 0x80))], [0x02, 0x02, 0x00, 0x80]);
    assert.deepEqual([...integer(0)], [0x02, 0x01, 0x00]);
    assert.deepEqual(
      [...setOf(Uint8Array.of(0x04, 0x01, 0x02), Uint8Array.of(0x04, 0x01, 0x01))],
      [0x31, 0x06, 0x04, 0x01, 0x01, 0x04, 0x01, 0x02],
    );
  });

  it('GeneralizedTime keeps milliseconds when asked and reads back to the same instant', () => {
    const t = new Date('2026-11-27T07:50:12.345Z');
    assert.equal(Buffer.from(readNode(generalizedTime(t, true)).content).toString(), '20261127075012.345Z');
    assert.equal(timeOf(readNode(generalizedTime(t, true))).getTime(), t.getTime());
    assert.equal(Buffer.from(readNode(generalizedTime(t)).content).toString(), '20261127075012Z');
  });

  it('refuses truncated input, overruns and indefinite lengths instead of reading past the end', () => {
    assert.throws(() => readNode(Uint8Array.of(0x30)), DerError);
    assert.throws(() => readNode(Uint8Array.of(0x30, 0x05, 0x01)), DerError);
    assert.throws(() => readNode(Uint8Array.of(0x30, 0x80, 0x00, 0x00)), /indefinite/);
    assert.throws(() => readNode(Uint8Array.of(0x04, 0x84, 0xff, 0xff, 0xff, 0xff)), DerError);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (junk) => {
        try {
          splitDer(junk);
        } catch (e) {
          assert.ok(e instanceof DerError);
        }
      }),
    );
  });
});
