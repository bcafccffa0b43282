import http from 'node:http';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { NodeChild } from './processes';

/** A port nobody listens on right now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/** One GET without keep-alive, so no socket outlives the check. */
export function get(url: string, timeoutMs = 2_000): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false, timeout: timeoutMs }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${url} timed out`)));
    req.on('error', reject);
  });
}

/** Polls `url` until it answers 200; fails early, with the child's output, when the child exits. */
export async function waitForOk(url: string, child: NodeChild, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.hasExited())
      throw new Error(
        `${child.name} ended (${child.status()}) before ${url} answered 200; its output:\n${child.output()}`,
      );
    const status = await get(url).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await sleep(20);
  }
  throw new Error(
    `${url} did not answer 200 within ${timeoutMs} ms; ${child.name} output:\n${child.output()}`,
  );
}

// The servers under test close idle connections when they stop (fastify forceCloseConnections).
const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 256 });

/**
 * One POST over a kept-alive connection with node:http: a load generator that shares the machine
 * with the server should spend as little CPU per request as it can (fetch costs several times more).
 */
export function post(
  url: string,
  headers: Record<string, string>,
  body: Buffer | string,
  timeoutMs = 30_000,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const payload = typeof body === 'string' ? Buffer.from(body) : body;
    const req = http.request(
      url,
      {
        method: 'POST',
        agent: keepAlive,
        timeout: timeoutMs,
        headers: { ...headers, 'content-length': String(payload.length) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`POST ${url} timed out`)));
    req.on('error', reject);
    req.end(payload);
  });
}
