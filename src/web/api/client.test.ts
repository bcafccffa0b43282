import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { z } from 'zod';
import { ApiError, apiGet, CLIENT_ERROR_CODES } from './client';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

function answer(status: number, body: unknown, type = 'application/json') {
  globalThis.fetch = async () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'content-type': type },
    });
}

const Thing = z.object({ name: z.string() });

describe('api client', () => {
  it('returns the body validated by the schema', async () => {
    answer(200, { name: 'Cửa Số', extra: 1 });
    assert.deepEqual(await apiGet('/api/v1/thing', Thing), { name: 'Cửa Số' });
  });

  it('turns a problem+json answer into an ApiError with both languages', async () => {
    answer(
      404,
      {
        type: 'urn:cuaso:problem:not-found',
        title: 'Not found',
        status: 404,
        detail: 'No such dossier.',
        code: 'NOT_FOUND',
        message_vi: 'Không tìm thấy hồ sơ.',
        message_en: 'No such dossier.',
        request_id: 'req-42',
      },
      'application/problem+json',
    );
    const error = await apiGet('/api/v1/thing', Thing).catch((e: unknown) => e);
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 404);
    assert.equal(error.code, 'NOT_FOUND');
    assert.equal(error.requestId, 'req-42');
    assert.equal(error.messageIn('vi'), 'Không tìm thấy hồ sơ.');
    assert.equal(error.messageIn('en'), 'No such dossier.');
  });

  it('falls back to the catalogue when the error body is not a problem document', async () => {
    answer(502, '<html>Bad gateway</html>', 'text/html');
    const error = await apiGet('/api/v1/thing', Thing).catch((e: unknown) => e);
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 502);
    assert.equal(error.messageIn('vi'), 'Đã có lỗi xảy ra. Vui lòng thử lại sau.');
    assert.equal(error.messageIn('en'), 'Something went wrong. Please try again later.');
  });

  it('reports a network failure and a malformed body with their own codes', async () => {
    globalThis.fetch = async () => {
      throw new TypeError('fetch failed');
    };
    const offline = await apiGet('/api/v1/thing', Thing).catch((e: unknown) => e);
    assert.ok(offline instanceof ApiError);
    assert.equal(offline.code, CLIENT_ERROR_CODES.network);
    assert.match(offline.messageIn('vi'), /Không kết nối được máy chủ/);

    answer(200, { name: 42 });
    const malformed = await apiGet('/api/v1/thing', Thing).catch((e: unknown) => e);
    assert.ok(malformed instanceof ApiError);
    assert.equal(malformed.code, CLIENT_ERROR_CODES.badResponse);
  });
});
