import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../src/server/platform/errors';
import { createTestApp, type TestContext } from '../../support/app';

const testRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/test/echo',
    { schema: { body: z.object({ name: z.string().min(2), age: z.number().int().min(0) }) } },
    async (req) => req.body,
  );
  app.get('/api/v1/test/boom', async () => {
    throw new Error('select secret_column from users -- internal detail');
  });
  app.get('/api/v1/test/conflict', async () => {
    throw new AppError('INVALID_TRANSITION', { extra: { state: 'received', allowed_actions: ['accept'] } });
  });
};

describe('HTTP platform', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestApp(
      { BODY_LIMIT_BYTES: '2048' },
      {
        beforeReady: async (app) => {
          await app.register(testRoutes);
        },
      },
    );
  });
  after(() => t.close());

  const isProblem = (
    res: { headers: Record<string, unknown>; json(): Record<string, unknown> },
    status: number,
  ) => {
    assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
    const body = res.json();
    assert.equal(body.status, status);
    assert.ok(typeof body.message_vi === 'string' && (body.message_vi as string).length > 0);
    assert.ok(typeof body.message_en === 'string' && (body.message_en as string).length > 0);
    assert.equal(body.request_id, res.headers['x-request-id']);
    return body;
  };

  it('answers health and readiness', async () => {
    assert.equal((await t.app.inject('/healthz')).json().status, 'ok');
    const ready = await t.app.inject('/readyz');
    assert.equal(ready.statusCode, 200);
    assert.equal(ready.json().status, 'ready');
  });

  it('answers an unknown API route with a 404 problem document', async () => {
    const res = await t.app.inject('/api/v1/khong-ton-tai');
    assert.equal(res.statusCode, 404);
    assert.equal(isProblem(res, 404).code, 'ROUTE_NOT_FOUND');
  });

  it('answers malformed JSON with 400 and changes nothing', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": "Đức",',
    });
    assert.equal(res.statusCode, 400);
    assert.equal(isProblem(res, 400).code, 'MALFORMED_JSON');
  });

  it('lists each invalid field in both languages', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      payload: { name: 'Đ', age: -1 },
    });
    assert.equal(res.statusCode, 400);
    const body = isProblem(res, 400);
    assert.equal(body.code, 'VALIDATION_FAILED');
    const paths = (body.errors as { path: string }[]).map((e) => e.path).sort();
    assert.deepEqual(paths, ['body.age', 'body.name']);
  });

  it('refuses an oversized body with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      payload: { name: 'x'.repeat(5000), age: 1 },
    });
    assert.equal(res.statusCode, 413);
    assert.equal(isProblem(res, 413).code, 'PAYLOAD_TOO_LARGE');
  });

  it('never leaks internal error detail', async () => {
    const res = await t.app.inject('/api/v1/test/boom');
    assert.equal(res.statusCode, 500);
    assert.equal(isProblem(res, 500).code, 'INTERNAL');
    assert.doesNotMatch(res.body, /secret_column|select|at .*\.ts/);
  });

  it('carries structured members of an expected error, such as the allowed actions of a 409', async () => {
    const res = await t.app.inject('/api/v1/test/conflict');
    assert.equal(res.statusCode, 409);
    const body = isProblem(res, 409);
    assert.deepEqual(body.allowed_actions, ['accept']);
  });

  it('keeps a well-formed incoming request id and sets security headers', async () => {
    const res = await t.app.inject({
      url: '/api/v1/site',
      headers: { 'x-request-id': 'proxy-req-12345678' },
    });
    assert.equal(res.headers['x-request-id'], 'proxy-req-12345678');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.match(String(res.headers['content-security-policy']), /default-src 'self'/);
    assert.match(String(res.headers['content-security-policy']), /script-src 'self'(;|$)/);
    const bad = await t.app.inject({ url: '/api/v1/site', headers: { 'x-request-id': 'bad id <script>' } });
    assert.notEqual(bad.headers['x-request-id'], 'bad id <script>');
  });

  it('exposes Prometheus metrics with route durations and pool gauges', async () => {
    await t.app.inject('/api/v1/site');
    const res = await t.app.inject('/metrics');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /http_request_duration_seconds_bucket\{[^}]*route="\/api\/v1\/site"/);
    assert.match(res.body, /db_pool_connections\{state="total"\}/);
    assert.match(res.body, /outbox_pending_events/);
  });

  it('publishes an OpenAPI 3.1 document generated from the zod contracts, and a docs UI', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    assert.equal(doc.openapi, '3.1.0');
    const site = doc.paths['/api/v1/site'].get;
    assert.ok(site.responses['200'].content['application/json'].schema.properties.agency);
    const ui = await t.app.inject('/api/docs/');
    assert.equal(ui.statusCode, 200);
    assert.match(ui.body, /swagger/i);
  });

  it('serves the site identity in Vietnamese', async () => {
    const res = await t.app.inject('/api/v1/site');
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().agency.name, 'Ủy ban nhân dân tỉnh Thanh Hóa');
    assert.equal(res.json().agency.code, '000.00.00.H56');
  });
});

describe('rate limiting', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '3' });
  });
  after(() => t.close());

  it('answers 429 problem+json after the limit', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await t.app.inject('/api/v1/site')).statusCode);
    assert.deepEqual(codes, [200, 200, 200, 429, 429]);
    const res = await t.app.inject('/api/v1/site');
    assert.match(String(res.headers['content-type']), /problem\+json/);
    assert.equal(res.json().code, 'RATE_LIMITED');
    assert.equal((await t.app.inject('/healthz')).statusCode, 200);
  });
});
