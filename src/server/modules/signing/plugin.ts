import multipart from '@fastify/multipart';
import type { FastifyPluginAsync } from 'fastify';
import type { Platform } from '../../platform/platform';
import type { SigningDeps } from './deps';
import { createPkiRuntime } from './lib/runtime';
import { RAW_TYPES } from './lib/upload';
import { certificatesRoute } from './routes/certificates.route';
import { certifiedCopiesRoute } from './routes/certified-copies.route';
import { documentVerificationRoute } from './routes/document-verification.route';
import { documentsRoute } from './routes/documents.route';
import { imageFilesRoute } from './routes/image-files.route';
import { imagesRoute } from './routes/images.route';
import { pkiRoute } from './routes/pki.route';
import { queueRoute } from './routes/queue.route';
import { rateRoute } from './routes/rate.route';
import { trustedRootsRoute } from './routes/trusted-roots.route';
import { verifyRoute } from './routes/verify.route';
import { loadSigningSettings } from './settings';

const depsByPlatform = new WeakMap<Platform, SigningDeps>();

/** One set of signing dependencies per platform: routes, jobs and other modules share the PKI runtime. */
export function signingDeps(platform: Platform): SigningDeps {
  let deps = depsByPlatform.get(platform);
  if (!deps) {
    const { db, config, blobs, logger, jobs } = platform;
    const settings = loadSigningSettings(config);
    deps = { db, config, blobs, logger, jobs, settings, pki: createPkiRuntime(platform, settings) };
    depsByPlatform.set(platform, deps);
  }
  return deps;
}

export const signingPlugin: FastifyPluginAsync<{ platform: Platform }> = async (app, { platform }) => {
  const deps = signingDeps(platform);
  const limit = platform.config.uploadLimitBytes;
  // Encapsulated: uploads and raw bodies are parsed this way on the signing routes only.
  await app.register(multipart, {
    limits: { fileSize: limit, files: 1, fields: 12, fieldSize: 4096, parts: 16 },
  });
  app.addContentTypeParser(RAW_TYPES, { parseAs: 'buffer', bodyLimit: limit }, (_request, body, done) =>
    done(null, body),
  );
  for (const route of [
    pkiRoute,
    verifyRoute,
    documentVerificationRoute,
    certificatesRoute,
    imagesRoute,
    imageFilesRoute,
    queueRoute,
    documentsRoute,
    rateRoute,
    certifiedCopiesRoute,
    trustedRootsRoute,
  ])
    await app.register(route, { deps });
};
