import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { vndInWords } from './amount-in-words';

describe('amounts in Vietnamese words', () => {
  it('reads the amounts of receipts as Vietnamese write them', () => {
    assert.equal(vndInWords(0), 'Không đồng');
    assert.equal(vndInWords(8000), 'Tám nghìn đồng');
    assert.equal(vndInWords(16000), 'Mười sáu nghìn đồng');
    assert.equal(vndInWords(15000), 'Mười lăm nghìn đồng');
    assert.equal(vndInWords(21000), 'Hai mươi mốt nghìn đồng');
    assert.equal(vndInWords(24000), 'Hai mươi tư nghìn đồng');
    assert.equal(vndInWords(150000), 'Một trăm năm mươi nghìn đồng');
    assert.equal(vndInWords(1205000), 'Một triệu hai trăm linh năm nghìn đồng');
    assert.equal(vndInWords(1000050), 'Một triệu không trăm năm mươi đồng');
    assert.equal(vndInWords(200000000), 'Hai trăm triệu đồng');
    assert.equal(vndInWords(3000000000), 'Ba tỷ đồng');
  });

  it('refuses what is not a whole, non-negative amount', () => {
    assert.throws(() => vndInWords(-1), RangeError);
    assert.throws(() => vndInWords(1.5), RangeError);
  });
});
