import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type ErrorField, problem } from '../errors';

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  code: ErrorCode,
  over: { vi?: string; en?: string; fields?: ErrorField[]; extra?: Record<string, unknown> } = {},
) {
  const body = problem(code, String(request.id), over);
  return reply.status(body.status).type('application/problem+json; charset=utf-8').send(body);
}

const fastifyCodeMap: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_REQ_FILE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_FILES_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_PARTS_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
};

/**
 * One mapping from errors to RFC 9457 answers: expected errors carry their code, validation errors
 * list each field, anything else is logged with the request id and answered without detail.
 */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return sendProblem(reply, request, error.code, {
        vi: error.vi,
        en: error.en,
        ...(error.fields ? { fields: error.fields } : {}),
        ...(error.extra ? { extra: error.extra } : {}),
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((v) => {
        const path = `${error.validationContext ?? 'body'}${v.instancePath.replaceAll('/', '.')}`;
        return { path, vi: `Trường ${path} không hợp lệ: ${v.message}`, en: `${path}: ${v.message}` };
      });
      return sendProblem(reply, request, 'VALIDATION_FAILED', { fields });
    }
    if (error.validation) {
      const fields = error.validation.map((v) => {
        const path = `${error.validationContext ?? 'body'}${v.instancePath.replaceAll('/', '.')}`;
        return { path, vi: `Trường ${path} không hợp lệ.`, en: `${path}: ${v.message ?? 'invalid'}` };
      });
      return sendProblem(reply, request, 'VALIDATION_FAILED', { fields });
    }
    const mapped = error.code ? fastifyCodeMap[error.code] : undefined;
    if (mapped) return sendProblem(reply, request, mapped);
    if (error.statusCode === 429) return sendProblem(reply, request, 'RATE_LIMITED');
    if (error.statusCode === 413) return sendProblem(reply, request, 'PAYLOAD_TOO_LARGE');
    if (error.statusCode === 415) return sendProblem(reply, request, 'UNSUPPORTED_MEDIA_TYPE');
    if (
      error.statusCode &&
      error.statusCode >= 400 &&
      error.statusCode < 500 &&
      !isResponseSerializationError(error)
    )
      return sendProblem(reply, request, 'VALIDATION_FAILED');
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, request, 'INTERNAL');
  });
}
