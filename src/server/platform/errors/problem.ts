import type { ErrorField } from './app-error';
import { type ErrorCode, errorCodes } from './codes';

/** RFC 9457 problem document with the platform's bilingual members. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  message_vi: string;
  message_en: string;
  request_id: string;
  errors?: ErrorField[];
  [extra: string]: unknown;
};

export function problem(
  code: ErrorCode,
  requestId: string,
  over: { vi?: string; en?: string; fields?: ErrorField[]; extra?: Record<string, unknown> } = {},
): Problem {
  const def = errorCodes[code];
  const en = over.en ?? def.en;
  return {
    ...over.extra,
    type: `urn:cuaso:problem:${code.toLowerCase().replaceAll('_', '-')}`,
    title: def.en,
    status: def.status,
    detail: en,
    code,
    message_vi: over.vi ?? def.vi,
    message_en: en,
    request_id: requestId,
    ...(over.fields?.length ? { errors: over.fields } : {}),
  };
}
