import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SigningDeps } from '../deps';
import { noFile } from '../lib/upload';
import { answerOcsp, answerTimestamp, caCertificate, currentCrl } from '../services/pki-endpoints';

const binary = (body: unknown) => {
  if (!(body instanceof Buffer) || !body.length) throw noFile();
  return new Uint8Array(body);
};

/** The built-in CA's public services: CRL, OCSP responder, time-stamping unit, CA certificates. */
export const pkiRoute: FastifyPluginAsyncZod<{ deps: SigningDeps }> = async (app, { deps }) => {
  app.get(
    '/pki/crl',
    {
      schema: {
        summary: 'Certificate revocation list of the built-in CA (DER) / Danh sách chứng thư bị thu hồi',
        tags: ['pki'],
        querystring: z.object({ ca: z.enum(['issuing', 'root']).default('issuing') }),
      },
    },
    async (request, reply) =>
      reply
        .type('application/pkix-crl')
        .header('cache-control', 'public, max-age=60')
        .send(Buffer.from(await currentCrl({ ca: request.query.ca }, deps))),
  );
  app.get(
    '/pki/certificates/:which',
    {
      schema: {
        summary: 'A certificate of the built-in CA (DER) / Chứng thư của CA tích hợp',
        tags: ['pki'],
        params: z.object({ which: z.enum(['root', 'issuing', 'tsa']) }),
      },
    },
    async (request, reply) =>
      reply
        .type('application/pkix-cert')
        .send(Buffer.from(await caCertificate({ which: request.params.which }, deps))),
  );
  app.post(
    '/pki/ocsp',
    {
      schema: { summary: 'OCSP responder of the built-in CA (RFC 6960) / Dịch vụ OCSP', tags: ['pki'] },
    },
    async (request, reply) =>
      reply
        .type('application/ocsp-response')
        .send(Buffer.from(await answerOcsp({ body: binary(request.body) }, deps))),
  );
  app.post(
    '/pki/tsa',
    {
      schema: {
        summary: 'RFC 3161 time-stamping unit of the built-in CA / Dịch vụ cấp dấu thời gian',
        tags: ['pki'],
      },
    },
    async (request, reply) =>
      reply
        .type('application/timestamp-reply')
        .send(Buffer.from(await answerTimestamp({ body: binary(request.body) }, deps))),
  );
};
