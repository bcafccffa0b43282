import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatVnpDate, signedQuery } from '../lib/vnpay-protocol';
import { checkPayRequest } from './sandbox-ledger';

const S = { tmnCode: 'CUASO001', hashSecret: 'CUASOSANDBOXHASHSECRETDEMO000000' };
const now = new Date('2026-11-27T10:30:00Z');
const request = (over: Record<string, string> = {}, secret = S.hashSecret) =>
  Object.fromEntries(
    new URLSearchParams(
      signedQuery(
        {
          vnp_Version: '2.1.0',
          vnp_Command: 'pay',
          vnp_TmnCode: 'CUASO001',
          vnp_Amount: '1600000',
          vnp_CurrCode: 'VND',
          vnp_TxnRef: 'CS261127ABCDEF12',
          vnp_OrderInfo: 'Thanh toan phi le phi ho so 000.31.21.H56-261127-0001',
          vnp_OrderType: 'other',
          vnp_Locale: 'vn',
          vnp_ReturnUrl: 'http://127.0.0.1:3000/thanh-toan/ket-qua',
          vnp_IpAddr: '127.0.0.1',
          vnp_CreateDate: formatVnpDate(now),
          vnp_ExpireDate: formatVnpDate(new Date(now.getTime() + 15 * 60_000)),
          ...over,
        },
        secret,
      ),
    ),
  );

describe('sandbox gateway: checking a pay request as the gateway does', () => {
  it('accepts a signed, unexpired request of its terminal and reads the amount in đồng', () => {
    const check = checkPayRequest(request(), S, now);
    assert.ok(check.ok);
    assert.equal(check.amount, 16000);
  });

  it('refuses a bad signature (97), another terminal (02), a bad amount (03) and an expired request (11)', () => {
    const code = (p: Record<string, string> | undefined, at = now) => {
      const c = checkPayRequest(p, S, at);
      return c.ok ? 'ok' : c.code;
    };
    assert.equal(code({ ...request(), vnp_Amount: '100' }), '97');
    assert.equal(code(request({}, 'another-secret-0000000000000000')), '97');
    assert.equal(code(undefined), '97');
    assert.equal(code(request({ vnp_TmnCode: 'OTHER001' })), '02');
    assert.equal(code(request({ vnp_Amount: '1600050' })), '03');
    assert.equal(code(request({ vnp_CurrCode: 'USD' })), '03');
    assert.equal(code(request(), new Date(now.getTime() + 16 * 60_000)), '11');
  });
});
