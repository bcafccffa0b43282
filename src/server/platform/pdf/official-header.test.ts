import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatVietnameseDate } from './official-header';

test('pads days below 10 and the months 1 and 2 only (Nghị định 30/2020)', () => {
  assert.equal(formatVietnameseDate('2025-02-05'), 'ngày 05 tháng 02 năm 2025');
  assert.equal(formatVietnameseDate('2025-01-31'), 'ngày 31 tháng 01 năm 2025');
  assert.equal(formatVietnameseDate('2025-03-09'), 'ngày 09 tháng 3 năm 2025');
  assert.equal(formatVietnameseDate('2025-12-25'), 'ngày 25 tháng 12 năm 2025');
});

test('an instant is dated in Vietnam time', () => {
  // 18:00 UTC on 31 December is already 1 January in Hà Nội (UTC+7).
  assert.equal(formatVietnameseDate(new Date('2024-12-31T18:00:00Z')), 'ngày 01 tháng 01 năm 2025');
  assert.equal(formatVietnameseDate(new Date('2024-12-31T16:59:59Z')), 'ngày 31 tháng 12 năm 2024');
});

test('rejects a string that is not a calendar date', () => {
  assert.throws(() => formatVietnameseDate('5/2/2025'), RangeError);
});
