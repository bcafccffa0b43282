import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { Fee, ProcedureCode } from '../../../../contracts/catalog';
import { keyLabel, zodIssueSentence, zodIssueText } from './zod-messages';

const issueOf = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  assert.equal(r.success, false);
  return r.error!.issues[0]!;
};
const at = (path: (string | number)[], schema: z.ZodType, value: unknown) => {
  const issue = { ...issueOf(schema, value), path };
  return zodIssueSentence(issue, value);
};

describe('zod issues in Vietnamese and English', () => {
  it('tells a missing value from a value of the wrong type', () => {
    const obj = z.object({ name: z.string() });
    const missing = issueOf(obj, {});
    assert.deepEqual(zodIssueText(missing, undefined), {
      vi: 'là thông tin bắt buộc (đang thiếu)',
      en: 'is required (missing)',
    });
    assert.deepEqual(zodIssueText(issueOf(z.string(), 5), 5), {
      vi: 'sai kiểu dữ liệu: cần chuỗi ký tự',
      en: 'has the wrong type: expected text',
    });
  });

  it('words lengths, bounds, lists, dates and choices', () => {
    assert.equal(zodIssueText(issueOf(z.string().min(1), ''), '').vi, 'không được để trống');
    assert.equal(zodIssueText(issueOf(z.string().max(3), 'abcd'), 'abcd').vi, 'quá dài: tối đa 3 ký tự');
    assert.equal(zodIssueText(issueOf(z.number().min(0), -1), -1).vi, 'không được âm');
    assert.equal(zodIssueText(issueOf(z.number().max(10), 11), 11).en, 'must be at most 10');
    assert.equal(zodIssueText(issueOf(z.array(z.string()).min(1), []), []).vi, 'cần ít nhất 1 mục');
    assert.equal(
      zodIssueText(issueOf(z.iso.date(), '2026-02-30'), '2026-02-30').vi,
      'phải là ngày có thật dạng YYYY-MM-DD',
    );
    assert.equal(
      zodIssueText(issueOf(z.enum(['full', 'partial']), 'x'), 'x').vi,
      'phải là một trong: "full", "partial"',
    );
  });

  it('splits the contract’s own "tiếng Việt / English" messages', () => {
    assert.deepEqual(zodIssueSentence(issueOf(ProcedureCode, '1.2'), '1.2'), {
      vi: 'Mã thủ tục dạng 1.001193.',
      en: 'Procedure code like 1.001193.',
    });
    const fee = issueOf(Fee.shape.amount, -5);
    assert.deepEqual(zodIssueSentence(fee, -5), {
      vi: 'Số tiền không được âm.',
      en: 'An amount cannot be negative.',
    });
  });

  it('names a key in the words of the workbook column it belongs to', () => {
    assert.deepEqual(keyLabel(['procedures', 0, 'name']), { vi: 'Tên thủ tục', en: 'name' });
    assert.deepEqual(keyLabel(['procedures', 0, 'versions', 1, 'documents', 2, 'name']), {
      vi: 'Tên giấy tờ',
      en: 'name',
    });
    assert.equal(keyLabel(['procedures', 0, 'versions', 1, 'fees', 0, 'amount'])?.vi, 'Mức thu');
    assert.equal(keyLabel(['procedures', 0, 'versions', 1, 'decision', 'number'])?.vi, 'Số hiệu');
    assert.equal(
      at(['procedures', 0, 'levels'], z.array(z.string()), 'commune').vi,
      '«Cấp thực hiện» sai kiểu dữ liệu: cần danh sách.',
    );
  });
});
