import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkCodeFormat, DEFAULT_CODE_FORMAT, formatDossierCode } from './dossier-code';

describe('dossier code (TT 01/2018 Điều 19)', () => {
  it('builds <org>-YYMMDD-NNNN', () => {
    assert.equal(
      formatDossierCode(DEFAULT_CODE_FORMAT, '000.31.21.H56', '2026-11-27', 1),
      '000.31.21.H56-261127-0001',
    );
    assert.equal(
      formatDossierCode(DEFAULT_CODE_FORMAT, '000.31.21.H56', '2026-01-05', 9999),
      '000.31.21.H56-260105-9999',
    );
  });

  it('supports another format as configuration', () => {
    const f = '{org}-{yyyy}{mm}{dd}-{seq:7}';
    assert.equal(checkCodeFormat(f), null);
    assert.equal(formatDossierCode(f, 'G09.20', '2026-06-09', 92637), 'G09.20-20260609-0092637');
  });

  it('refuses formats without the organisation, the date or the sequence, or with unknown parts', () => {
    assert.match(checkCodeFormat('{yy}{mm}{dd}-{seq:4}')!, /org/);
    assert.match(checkCodeFormat('{org}-{seq:4}')!, /date/);
    assert.match(checkCodeFormat('{org}-{yy}{mm}{dd}')!, /seq/);
    assert.match(checkCodeFormat('{org}-{yy}{mm}{dd}-{seq:4}-{x}')!, /unknown/);
  });

  it('refuses a sequence that overflows its width instead of writing a wrong code', () => {
    assert.throws(
      () => formatDossierCode(DEFAULT_CODE_FORMAT, '000.31.21.H56', '2026-11-27', 10000),
      RangeError,
    );
  });

  it('keeps the order of codes of one day equal to the order of their sequence numbers (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9999 }), (a, b) => {
        const ca = formatDossierCode(DEFAULT_CODE_FORMAT, '000.31.21.H56', '2026-11-27', a);
        const cb = formatDossierCode(DEFAULT_CODE_FORMAT, '000.31.21.H56', '2026-11-27', b);
        return Math.sign(ca.localeCompare(cb)) === Math.sign(a - b);
      }),
    );
  });
});
