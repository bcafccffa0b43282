import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DocumentKind,
  RegisteredDocument,
  RevokeDocumentRequest,
  SigningLevel,
  SigningStep,
} from '../../../../contracts/signing';
import { requestContext } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { SigningDeps } from '../deps';
import { requireStaff } from '../lib/actors';
import { readUpload } from '../lib/upload';
import { registerDocument } from '../services/register-document';
import { revokeDocument } from '../services/revoke-document';
import { signRegisteredDocument } from '../services/sign-registered-document';

const RegisterFields = z.object({
  agencyId: z.uuid(),
  kind: DocumentKind,
  title: z.string().trim().min(1).max(500),
  documentNumber: z.string().trim().max(60).optional(),
  reference: z.string().trim().max(100).optional(),
  steps: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',').map((x) => x.trim()) : undefined))
    .pipe(z.array(SigningStep).min(1).max(3).optional()),
  signerAccountId: z.uuid().optional(),
});

const Registered = z.object({
  id: z.uuid(),
  verificationUrl: z.string(),
  originalSha256: z.string(),
  currentSha256: z.string(),
  steps: z.array(SigningStep),
  status: z.literal('awaiting_signature'),
});

/** Registered documents: register a PDF for signature, apply its next signature, revoke it. */
export const documentsRoute: FastifyPluginAsyncZod<{ deps: SigningDeps }> = async (app, { deps }) => {
  app.post(
    '/documents',
    {
      schema: {
        summary:
          'Register a PDF for signature (multipart: file, agencyId, kind, title[, documentNumber, reference, steps, signerAccountId]) / Đăng ký văn bản trình ký',
        tags: ['signed-documents'],
        response: { 201: Registered },
      },
    },
    async (request, reply) => {
      requireStaff(request.actor, { tokens: true });
      const upload = await readUpload(request);
      const fields = RegisterFields.safeParse(upload.fields);
      if (!fields.success)
        throw new AppError('VALIDATION_FAILED', {
          fields: fields.error.issues.map((i) => ({
            path: `body.${i.path.join('.')}`,
            vi: `Trường ${i.path.join('.')} không hợp lệ.`,
            en: `${i.path.join('.')}: ${i.message}`,
          })),
        });
      const result = await registerDocument(
        { ...fields.data, pdf: upload.file, actor: request.actor, requestId: String(request.id) },
        deps,
      );
      return reply.status(201).send(result);
    },
  );
  app.post(
    '/documents/:id/sign',
    {
      schema: {
        summary: 'Apply the next signature of a registered document / Ký văn bản',
        tags: ['signed-documents'],
        params: z.object({ id: z.uuid() }),
        body: z.object({ level: SigningLevel.optional() }).strict().nullish(),
        response: {
          200: z.object({
            id: z.uuid(),
            step: SigningStep,
            status: z.enum(['awaiting_signature', 'signed']),
            sha256: z.string(),
          }),
        },
      },
    },
    async (request) =>
      signRegisteredDocument(
        {
          actor: request.actor,
          documentId: request.params.id,
          level: request.body?.level,
          context: requestContext(request),
        },
        deps,
      ),
  );
  app.post(
    '/documents/:id/revoke',
    {
      schema: {
        summary: 'Revoke a registered document, or mark it superseded / Thu hồi hoặc thay thế văn bản',
        tags: ['signed-documents'],
        params: z.object({ id: z.uuid() }),
        body: RevokeDocumentRequest,
        response: { 200: RegisteredDocument },
      },
    },
    async (request) =>
      revokeDocument(
        { actor: request.actor, id: request.params.id, ...request.body, context: requestContext(request) },
        deps,
      ),
  );
};
