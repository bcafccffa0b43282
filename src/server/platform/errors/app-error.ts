import { type ErrorCode, errorCodes } from './codes';

export type ErrorField = { path: string; vi: string; en: string };

/**
 * The one error type for expected failures. `vi`/`en` override the code's default messages;
 * `extra` carries structured members of the problem document (e.g. the allowed actions of a 409).
 */
export class AppError extends Error {
  readonly status: number;
  readonly vi: string;
  readonly en: string;
  constructor(
    readonly code: ErrorCode,
    options: { vi?: string; en?: string; fields?: ErrorField[]; extra?: Record<string, unknown> } = {},
  ) {
    const def = errorCodes[code];
    super(options.en ?? def.en);
    this.status = def.status;
    this.vi = options.vi ?? def.vi;
    this.en = options.en ?? def.en;
    this.fields = options.fields;
    this.extra = options.extra;
  }
  readonly fields: ErrorField[] | undefined;
  readonly extra: Record<string, unknown> | undefined;
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
