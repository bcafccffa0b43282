import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cspAllowsEval } from './validation';

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
