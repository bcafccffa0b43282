import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { displayValue } from './display';
import { cspAllowsEval } from './validation';

describe('values as a person reads them', () => {
  const sex = {
    options: [{ value: 'male', label: { vi: 'Nam', en: 'Male' } }],
    label: { vi: 'Giới tính', en: 'Sex' },
  };

  it('shows option labels, yes/no, Vietnamese dates and numbers in the reader’s language', () => {
    assert.equal(displayValue({ type: 'string', enum: ['male'] }, sex, 'male', 'vi'), 'Nam');
    assert.equal(displayValue({ type: 'string', enum: ['male'] }, sex, 'male', 'en'), 'Male');
    assert.equal(displayValue({ type: 'boolean' }, undefined, true, 'vi'), 'Có');
    assert.equal(displayValue({ type: 'boolean' }, undefined, false, 'en'), 'No');
    assert.equal(
      displayValue({ type: 'string', format: 'date' }, undefined, '2026-03-15', 'vi'),
      '15/03/2026',
    );
    assert.equal(displayValue({ type: 'integer' }, undefined, 1500000, 'vi'), '1.500.000');
    assert.equal(displayValue({ type: 'integer' }, undefined, 1992, 'vi'), '1992');
    assert.equal(displayValue({ type: 'string' }, undefined, undefined, 'vi'), 'Không khai');
    assert.equal(displayValue({ type: 'string' }, undefined, 'Nguyễn Văn An', 'vi'), 'Nguyễn Văn An');
  });
});

describe('whether the page may compile the form in the browser', () => {
  it('reads script-src, falling back to default-src, across several policies', () => {
    assert.equal(cspAllowsEval(null), true);
    assert.equal(cspAllowsEval("default-src 'self'; script-src 'self'; style-src 'self'"), false);
    assert.equal(cspAllowsEval("default-src 'self'"), false);
    assert.equal(cspAllowsEval("script-src 'self' 'unsafe-eval'"), true);
    assert.equal(cspAllowsEval("img-src 'self'"), true);
    assert.equal(cspAllowsEval("script-src 'self' 'unsafe-eval', script-src 'self'"), false);
  });
});
