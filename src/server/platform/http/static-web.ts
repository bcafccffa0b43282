import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { projectPath } from '../paths';
import { sendProblem } from './error-handler';

const ASSET_EXTENSION = /\.(js|mjs|css|map|svg|png|jpe?g|gif|webp|ico|woff2?|ttf|json|txt|webmanifest|pdf)$/i;

export const WEB_DIST = projectPath('dist/web');

/**
 * Serves the built web app: hashed assets cached for a year, index.html never cached, and the SPA
 * fallback for the three faces. Unknown /api routes answer 404 problem+json instead.
 */
export async function registerStaticWeb(app: FastifyInstance, dir = WEB_DIST) {
  const hasWeb = existsSync(join(dir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: dir,
      prefix: '/',
      wildcard: true,
      index: false,
      setHeaders(reply, path) {
        reply.header(
          'cache-control',
          path.includes(`${join(dir, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  } else {
    app.log.warn({ dir }, 'web app not built: run `npm run build`; only the API is served');
  }

  const sendIndex = (reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').sendFile('index.html', dir);

  app.get('/', { schema: { hide: true } }, (request, reply) =>
    hasWeb ? sendIndex(reply) : sendProblem(reply, request, 'UNAVAILABLE'),
  );

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '';
    const isApi = path.startsWith('/api/') || path === '/api';
    // Only real asset extensions are files; a procedure code such as /thu-tuc/1.001193 is a page.
    const wantsHtml = request.method === 'GET' && !isApi && !ASSET_EXTENSION.test(path);
    if (wantsHtml && hasWeb) return sendIndex(reply);
    return sendProblem(reply, request, 'ROUTE_NOT_FOUND');
  });
}
