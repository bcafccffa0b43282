import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { pendingMigrations } from '../db';
import { sendProblem } from './error-handler';

export function registerHealth(app: FastifyInstance, pool: pg.Pool) {
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (request, reply) => {
    try {
      await pool.query('select 1');
      const pending = await pendingMigrations(pool);
      if (pending.length)
        return sendProblem(reply, request, 'UNAVAILABLE', {
          en: `Migrations not applied: ${pending.join(', ')}`,
          vi: `Chưa áp dụng đủ các bản cập nhật cơ sở dữ liệu: ${pending.join(', ')}`,
        });
      return { status: 'ready' };
    } catch (err) {
      request.log.warn({ err }, 'readiness check failed');
      return sendProblem(reply, request, 'UNAVAILABLE', {
        en: 'The database is not reachable.',
        vi: 'Không kết nối được cơ sở dữ liệu.',
      });
    }
  });
}
