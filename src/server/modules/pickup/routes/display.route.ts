import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DisplayBoard } from '../../../../contracts/pickup';
import { AppError } from '../../../platform/errors';
import type { PickupDeps } from '../deps';
import { loadDesk } from '../lib/desk';
import { QUEUE_TOPIC } from '../lib/live';
import { getDisplayBoard } from '../services/display-board';

const params = z.object({ agencyId: z.uuid() });
/** Comment lines keep proxies from closing an idle stream (most cut at 60 s). */
const HEARTBEAT_MS = 25_000;
/** Screens per process; each holds a socket and a bus listener. */
const MAX_STREAMS = 1000;

export const displayRoute: FastifyPluginAsyncZod<{ deps: PickupDeps }> = async (app, { deps }) => {
  const streams = new Set<() => void>();
  // Server shutdown: end every stream, or close() would wait for the screens to hang up.
  app.addHook('onClose', async () => {
    for (const end of [...streams]) end();
  });
  app.get(
    '/pickup/desks/:agencyId/display',
    {
      schema: {
        summary: 'The waiting-room screen: latest calls / Màn hình phòng chờ',
        tags: ['pickup'],
        params,
        response: { 200: DisplayBoard },
      },
    },
    async (request) => getDisplayBoard({ agencyId: request.params.agencyId }, deps),
  );
  app.get(
    '/pickup/desks/:agencyId/display/events',
    {
      schema: {
        summary: 'Live queue calls as Server-Sent Events (text/event-stream) / Gọi số trực tiếp',
        tags: ['pickup'],
        params,
      },
    },
    async (request, reply) => {
      const desk = await loadDesk(deps.db, request.params.agencyId);
      if (!desk) throw new AppError('NOT_FOUND');
      if (streams.size >= MAX_STREAMS) throw new AppError('UNAVAILABLE');
      const events: string[] = [];
      let send: (line: string) => void = (line) => void events.push(line);
      const unsubscribe = deps.bus.subscribe((event) => {
        if (event.topic !== QUEUE_TOPIC || event.agencyId !== desk.agency.id) return;
        send(`event: queue\ndata: ${JSON.stringify(event.payload)}\n\n`);
      });
      // "ready" promises the screen every call from here on: on PostgreSQL, once LISTEN is active.
      try {
        await deps.bus.ready();
      } catch {
        unsubscribe();
        throw new AppError('UNAVAILABLE'); // the screen's EventSource tries again
      }
      // The raw response: the security headers set for this request go out with the stream's own.
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      raw.write(`retry: 3000\n\nevent: ready\ndata: {}\n\n`);
      send = (line) => raw.write(line);
      for (const line of events) send(line);
      const heartbeat = setInterval(() => raw.write(': ping\n\n'), HEARTBEAT_MS);
      const end = () => {
        if (!streams.delete(end)) return;
        clearInterval(heartbeat);
        unsubscribe();
        raw.end();
      };
      streams.add(end);
      raw.on('close', end);
      if (raw.destroyed) end(); // the screen went away while LISTEN was starting
    },
  );
};
