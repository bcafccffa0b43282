import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export type MetricsSources = {
  pool: pg.Pool;
  queueSizes?: () => Promise<Record<string, number>>;
  pendingOutbox?: () => Promise<number>;
};

/** Prometheus metrics: request durations by route, database pool and job queue gauges. */
export function registerMetrics(app: FastifyInstance, sources: MetricsSources) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  new Gauge({
    name: 'db_pool_connections',
    help: 'Database pool connections by state',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      this.set({ state: 'total' }, sources.pool.totalCount);
      this.set({ state: 'idle' }, sources.pool.idleCount);
      this.set({ state: 'waiting' }, sources.pool.waitingCount);
    },
  });
  new Gauge({
    name: 'job_queue_size',
    help: 'Jobs waiting per queue',
    labelNames: ['queue'],
    registers: [registry],
    async collect() {
      const sizes: Record<string, number> = (await sources.queueSizes?.().catch(() => ({}))) ?? {};
      for (const [queue, n] of Object.entries(sizes)) this.set({ queue }, n);
    },
  });
  new Gauge({
    name: 'outbox_pending_events',
    help: 'Outbox events not yet handed to the job queue',
    registers: [registry],
    async collect() {
      const n = await sources.pendingOutbox?.().catch(() => undefined);
      if (n !== undefined) this.set(n);
    },
  });

  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    duration.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    done();
  });
  app.get('/metrics', { schema: { hide: true } }, async (_req, reply) => {
    reply.type(registry.contentType);
    return registry.metrics();
  });
}
