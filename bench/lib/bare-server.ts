// Baseline: the least a server can do for the same lookup. node:http and a pg.Pool of the app's
// default size, no framework. Run as a child: `node --import tsx bench/lib/bare-server.ts`.
import http from 'node:http';
import pg from 'pg';
import { FIND_BENCH_ITEM_SQL } from './bench-items';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
pool.on('error', () => {});
const ITEM_PATH = '/api/v1/bench-items/';

function send(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

const server = http.createServer(async (req, res) => {
  try {
    if (req.method === 'GET' && req.url?.startsWith(ITEM_PATH)) {
      const code = decodeURIComponent(req.url.slice(ITEM_PATH.length));
      const { rows } = await pool.query(FIND_BENCH_ITEM_SQL, [code]);
      return rows[0] ? send(res, 200, rows[0]) : send(res, 404, { error: 'not found' });
    }
    if (req.method === 'GET' && req.url === '/readyz') {
      await pool.query('select 1');
      return send(res, 200, { status: 'ready' });
    }
    send(res, 404, { error: 'not found' });
  } catch {
    send(res, 500, { error: 'internal' });
  }
});

server.listen(Number(process.env.PORT), '127.0.0.1');
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    pool.end().finally(() => process.exit(0));
  });
