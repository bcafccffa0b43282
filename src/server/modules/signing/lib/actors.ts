import type { Actor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';

/**
 * The first check of a staff-only request, before any body is read or any record looked up: 401 when
 * nobody is signed in, 403 for citizens (and API tokens unless `tokens`). The policy decides the rest.
 */
export function requireStaff(actor: Actor, options: { tokens?: boolean } = {}): void {
  if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  if (actor.kind === 'citizen' || (actor.kind === 'api_token' && !options.tokens))
    throw new AppError('FORBIDDEN');
}
