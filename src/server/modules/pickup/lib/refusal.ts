import type { AppError } from '../../../platform/errors';

/** Thrown inside a transaction to roll it back; the service audits the reason after the rollback. */
export class Refusal extends Error {
  constructor(
    readonly reason: string,
    readonly error: AppError,
  ) {
    super(reason);
  }
}

/** A unique violation (23505): a concurrent request took the one active booking of a dossier first. */
export const isUniqueViolation = (e: unknown) => (e as { code?: string } | null)?.code === '23505';
