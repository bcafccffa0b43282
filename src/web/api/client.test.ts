import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { z } from 'zod';
import { onAuthEvent, setCsrfToken } from './auth-events';
import { ApiError, apiGet, apiSend, CLIENT_ERROR_CODES } from './client';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
  setCsrfToken(null);
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

  it('lists field problems by field name, in both languages', async () => {
    answer(
      400,
      {
        code: 'VALIDATION_FAILED',
        message_vi: 'Dữ liệu gửi lên không hợp lệ.',
        message_en: 'The submitted data is not valid.',
        errors: [
          { path: 'body.dateOfBirth', vi: 'Năm sinh không khớp.', en: 'Birth year does not match.' },
          { path: 'body.dateOfBirth', vi: 'Ngày sinh không hợp lệ.', en: 'Not a valid date.' },
        ],
      },
      'application/problem+json',
    );
    const error = await apiGet('/api/v1/thing', Thing).catch((e: unknown) => e);
    assert.ok(error instanceof ApiError);
    assert.deepEqual(error.fieldProblems(), {
      dateOfBirth: {
        vi: 'Năm sinh không khớp. Ngày sinh không hợp lệ.',
        en: 'Birth year does not match. Not a valid date.',
      },
    });
  });
});

type Call = { url: string; method: string; csrf: string | undefined };

/** A fake server: `/me` hands out `token`; writes succeed only with `accept` as their CSRF token. */
function fakeServer(calls: Call[], token: string, accept: string) {
  globalThis.fetch = async (input, init) => {
    const url = String(input);
    const headers = (init?.headers ?? {}) as Record<string, string>;
    calls.push({ url, method: init?.method ?? 'GET', csrf: headers['x-csrf-token'] });
    if (url === '/api/v1/me') return Response.json({ csrfToken: token });
    if (headers['x-csrf-token'] !== accept)
      return Response.json(
        { code: 'CSRF_FAILED' },
        { status: 403, headers: { 'content-type': 'application/problem+json' } },
      );
    return Response.json({ name: 'ok' });
  };
}

describe('api client session handling', () => {
  it('adds the CSRF token to writes, fetching it from /me when it is not known yet', async () => {
    const calls: Call[] = [];
    fakeServer(calls, 't1', 't1');
    assert.deepEqual(await apiSend('POST', '/api/v1/thing', { a: 1 }, Thing), { name: 'ok' });
    assert.deepEqual(
      calls.map((c) => `${c.method} ${c.url} ${c.csrf ?? '-'}`),
      ['GET /api/v1/me -', 'POST /api/v1/thing t1'],
    );
  });

  it('refreshes a stale token once and retries the write', async () => {
    const calls: Call[] = [];
    setCsrfToken('stale');
    fakeServer(calls, 'fresh', 'fresh');
    assert.deepEqual(await apiSend('PATCH', '/api/v1/thing', { a: 1 }, Thing), { name: 'ok' });
    assert.deepEqual(
      calls.map((c) => c.csrf ?? '-'),
      ['stale', '-', 'fresh'],
    );
  });

  it('sends no token on sign-in and never retries it', async () => {
    const calls: Call[] = [];
    setCsrfToken('t1');
    fakeServer(calls, 't1', 'nothing-passes');
    await apiSend('POST', '/api/v1/auth/login', { login: 'x', password: 'y' }, Thing).catch(() => undefined);
    assert.deepEqual(
      calls.map((c) => c.csrf ?? '-'),
      ['-'],
    );
  });

  it('announces a 401 so the session can end, but not a wrong password', async () => {
    const seen: string[] = [];
    const stop = onAuthEvent((e) => seen.push(e));
    answer(401, { code: 'INVALID_CREDENTIALS' }, 'application/problem+json');
    await apiSend('POST', '/api/v1/auth/login', {}, Thing).catch(() => undefined);
    answer(401, { code: 'UNAUTHENTICATED' }, 'application/problem+json');
    await apiGet('/api/v1/me', Thing).catch(() => undefined);
    stop();
    assert.deepEqual(seen, ['unauthenticated']);
  });
});
