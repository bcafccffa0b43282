import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  formatVnpDate,
  formEncode,
  hmacSha512,
  parseVnpDate,
  pipeData,
  plainOrderInfo,
  QUERY_REQUEST_FIELDS,
  signData,
  signedQuery,
  verifySignedParams,
} from './vnpay-protocol';

const SECRET = 'CUASOSANDBOXHASHSECRETDEMO000000';
const PAY: Record<string, string> = {
  vnp_Version: '2.1.0',
  vnp_Command: 'pay',
  vnp_TmnCode: 'CUASO001',
  vnp_Amount: '1600000',
  vnp_CurrCode: 'VND',
  vnp_TxnRef: 'CS261127ABCDEF12',
  vnp_OrderInfo: 'Thanh toan le phi ho so 000.31.21.H56-261127-0001',
  vnp_OrderType: 'other',
  vnp_Locale: 'vn',
  vnp_ReturnUrl: 'http://127.0.0.1:3000/thanh-toan/ket-qua',
  vnp_IpAddr: '127.0.0.1',
  vnp_CreateDate: '20261127173000',
  vnp_ExpireDate: '20261127174500',
};

// The expected digests were computed independently with
//   printf '%s' "<data>" | openssl dgst -sha512 -hmac CUASOSANDBOXHASHSECRETDEMO000000
describe('VNPay 2.1.0 signing', () => {
  it('signs the sorted, form-encoded parameters as the reference vector says', () => {
    const data = signData(PAY);
    assert.equal(
      data,
      'vnp_Amount=1600000&vnp_Command=pay&vnp_CreateDate=20261127173000&vnp_CurrCode=VND' +
        '&vnp_ExpireDate=20261127174500&vnp_IpAddr=127.0.0.1&vnp_Locale=vn' +
        '&vnp_OrderInfo=Thanh+toan+le+phi+ho+so+000.31.21.H56-261127-0001&vnp_OrderType=other' +
        '&vnp_ReturnUrl=http%3A%2F%2F127.0.0.1%3A3000%2Fthanh-toan%2Fket-qua&vnp_TmnCode=CUASO001' +
        '&vnp_TxnRef=CS261127ABCDEF12&vnp_Version=2.1.0',
    );
    assert.equal(
      hmacSha512(SECRET, data),
      'ee8f31a03d087388d601992188c14a95d5e2ca77e7c4758511aaf12ed8553c9b4fd8b4678f83f246adf18d223178f32d5be5d64c63da93bb0d3ad2202d32e75f',
    );
  });

  it('encodes like PHP urlencode (~ * ( ) escaped, space as +)', () => {
    assert.equal(formEncode('Le phi ~ * (x)'), 'Le+phi+%7E+%2A+%28x%29');
    assert.equal(
      hmacSha512('k', `vnp_OrderInfo=${formEncode('Le phi ~ * (x)')}`),
      '7c1a5c78694d7aecb2fb08ef5ffac9807ac00161a2c684a28adbbaf43625950344952501fadb4ba963aa78d2f01c270db50694ec993d8ebc8d7001720585407b',
    );
  });

  it('verifies a signed query and refuses any changed parameter, a wrong secret or a bad hash', () => {
    const params = Object.fromEntries(new URLSearchParams(signedQuery(PAY, SECRET)));
    assert.equal(verifySignedParams(params, SECRET), true);
    // vnp_SecureHashType is not signed, and upper-case hex is accepted.
    assert.equal(
      verifySignedParams(
        { ...params, vnp_SecureHashType: 'HmacSHA512', vnp_SecureHash: params.vnp_SecureHash!.toUpperCase() },
        SECRET,
      ),
      true,
    );
    assert.equal(verifySignedParams({ ...params, vnp_Amount: '1600100' }, SECRET), false);
    assert.equal(verifySignedParams({ ...params, vnp_Extra: 'x' }, SECRET), false);
    assert.equal(verifySignedParams(params, `${SECRET}x`), false);
    assert.equal(verifySignedParams({ ...params, vnp_SecureHash: 'abc' }, SECRET), false);
    const { vnp_SecureHash: _, ...unsigned } = params;
    assert.equal(verifySignedParams(unsigned, SECRET), false);
  });

  it('joins querydr fields with "|" in the documented order', () => {
    const body = {
      vnp_RequestId: '20261127173000001',
      vnp_Version: '2.1.0',
      vnp_Command: 'querydr',
      vnp_TmnCode: 'CUASO001',
      vnp_TxnRef: 'CS261127ABCDEF12',
      vnp_TransactionDate: '20261127173000',
      vnp_CreateDate: '20261127180000',
      vnp_IpAddr: '127.0.0.1',
      vnp_OrderInfo: 'Truy van giao dich CS261127ABCDEF12',
    };
    assert.equal(
      hmacSha512(SECRET, pipeData(body, QUERY_REQUEST_FIELDS)),
      '856a90f1be1bed360293c12e78a0be103b06a8f80ea79d4dc6f8a040503bed280cb25c9cea06381580061d9956065388b1b613bc61952fdbe55561234e0e0182',
    );
  });
});

describe('VNPay dates and order info', () => {
  it('writes and reads yyyyMMddHHmmss in GMT+7', () => {
    const at = new Date('2026-11-27T10:30:00Z');
    assert.equal(formatVnpDate(at), '20261127173000');
    assert.equal(parseVnpDate('20261127173000')?.toISOString(), at.toISOString());
    assert.equal(parseVnpDate('20261331173000'), undefined);
    assert.equal(parseVnpDate('2026112717300'), undefined);
  });

  it('strips diacritics and special characters from the order information', () => {
    assert.equal(
      plainOrderInfo('Thanh toán lệ phí hồ sơ 000.31.21.H56-261127-0001 (Đăng ký khai sinh)!'),
      'Thanh toan le phi ho so 000.31.21.H56-261127-0001 Dang ky khai sinh',
    );
  });
});
