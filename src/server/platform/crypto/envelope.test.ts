import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { open, seal } from './envelope';

describe('envelope encryption', () => {
  const kek = randomBytes(32);
  it('round-trips and binds the context', () => {
    const sealed = seal(kek, Buffer.from('JBSWY3DPEHPK3PXP'), 'totp:account-1');
    assert.equal(open(kek, sealed, 'totp:account-1').toString(), 'JBSWY3DPEHPK3PXP');
    assert.throws(() => open(kek, sealed, 'totp:account-2'));
    assert.throws(() => open(randomBytes(32), sealed, 'totp:account-1'));
  });
  it('detects a modified ciphertext', () => {
    const sealed = seal(kek, Buffer.from('secret'), 'c');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('secreT').toString('base64url');
    assert.throws(() => open(kek, parts.join('.'), 'c'));
  });
});
