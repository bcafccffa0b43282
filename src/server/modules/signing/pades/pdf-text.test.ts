import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { vietnamIsoTime } from './appearance';
import { parsePdfDate, pdfDate, pdfTextString } from './pdf-text';

describe('PDF strings and dates in signature dictionaries', () => {
  it('writes /M in Vietnam time and reads it back to the same second', () => {
    assert.equal(pdfDate(new Date('2026-11-27T20:05:09Z')), "D:20261128030509+07'00'");
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (d) => {
          const second = Math.floor(d.getTime() / 1000) * 1000;
          assert.equal(parsePdfDate(pdfDate(d))?.getTime(), second);
        },
      ),
    );
    assert.equal(parsePdfDate('D:20261127140509Z')?.toISOString(), '2026-11-27T14:05:09.000Z');
    assert.equal(parsePdfDate('nonsense'), undefined);
  });

  it('shows the signing time as ISO 8601 with +07:00 (NĐ 30/2020 Phụ lục I)', () => {
    assert.equal(vietnamIsoTime(new Date('2026-11-27T20:05:09.999Z')), '2026-11-28T03:05:09+07:00');
  });

  it('escapes ASCII literal strings and writes Vietnamese as UTF-16BE hex with a BOM', () => {
    assert.equal(pdfTextString('a(b)\\c'), '(a\\(b\\)\\\\c)');
    assert.equal(pdfTextString('Lê'), '<FEFF004C00EA>');
    assert.equal(pdfTextString('Le\u0302'), '<FEFF004C00EA>', 'NFC first');
  });
});
