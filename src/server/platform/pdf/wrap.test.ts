import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { wrapText } from './wrap';

// One unit per character keeps expectations readable.
const measure = (text: string) => Array.from(text).length;

test('breaks Vietnamese text only between words', () => {
  const lines = wrapText('Ủy ban nhân dân xã Đông Cương tiếp nhận hồ sơ', 16, measure);
  assert.deepEqual(
    lines.map((line) => line.text),
    ['Ủy ban nhân dân', 'xã Đông Cương', 'tiếp nhận hồ sơ'],
  );
  assert.deepEqual(
    lines.map((line) => line.endsParagraph),
    [false, false, true],
  );
});

test('keeps paragraphs and blank lines, and indents the first line of each paragraph', () => {
  const lines = wrapText('một hai ba\n\nbốn năm', 10, measure, 3);
  assert.deepEqual(
    lines.map((line) => line.text),
    ['một hai', 'ba', '', 'bốn năm'],
  );
  assert.deepEqual(
    lines.map((line) => line.endsParagraph),
    [false, true, true, true],
  );
});

test('cuts a token wider than the line between characters', () => {
  const lines = wrapText('mã H12.34-250205-0001 xong', 8, measure);
  assert.deepEqual(
    lines.map((line) => line.text),
    ['mã', 'H12.34-2', '50205-00', '01 xong'],
  );
});

test('property: words survive in order and no line overflows', () => {
  const word = fc.stringMatching(/^[a-zđăâêôơưàáảãạ]{1,12}$/);
  fc.assert(
    fc.property(
      fc.array(word, { minLength: 1, maxLength: 40 }),
      fc.integer({ min: 1, max: 30 }),
      (words, width) => {
        const lines = wrapText(words.join(' '), width, measure).map((line) => line.text);
        for (const line of lines) assert.ok(measure(line) <= width, `"${line}" exceeds ${width}`);
        assert.equal(lines.join('').replaceAll(' ', ''), words.join(''));
        if (words.every((w) => measure(w) <= width)) {
          assert.deepEqual(
            lines.flatMap((line) => line.split(' ')),
            words,
          );
        }
      },
    ),
  );
});
