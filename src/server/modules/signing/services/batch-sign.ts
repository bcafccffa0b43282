import { type Actor, can } from '../../../platform/auth';
import { AppError, isAppError } from '../../../platform/errors';
import type { RequestContext, SigningDeps } from '../deps';
import { requireStaff } from '../lib/actors';
import type { PadesLevel } from '../pades/sign-pdf';
import { signingPolicy } from '../policy';
import { signRegisteredDocument } from './sign-registered-document';

/**
 * A leader (or the clerk, for the seal) signs several documents of the queue in one go. Each document is
 * signed and recorded on its own, so one that fails (taken by someone else, certificate expired) is
 * reported and the others are still signed.
 */
export async function batchSign(
  input: { actor: Actor; documentIds: string[]; level?: PadesLevel | undefined; context: RequestContext },
  deps: Pick<SigningDeps, 'db' | 'config' | 'blobs' | 'pki' | 'settings' | 'logger'>,
) {
  requireStaff(input.actor);
  if (!can(signingPolicy, input.actor, 'queue.read', {}))
    throw new AppError(input.actor.kind === 'staff' && !input.actor.mfa ? 'MFA_REQUIRED' : 'FORBIDDEN');
  const items = [];
  for (const id of [...new Set(input.documentIds)]) {
    try {
      const r = await signRegisteredDocument(
        { actor: input.actor, documentId: id, level: input.level, context: input.context },
        deps,
      );
      items.push({ id, ok: true, step: r.step, status: r.status, error: null });
    } catch (e) {
      if (!isAppError(e)) {
        deps.logger.error({ err: e, documentId: id }, 'batch signing failed');
        items.push({
          id,
          ok: false,
          step: null,
          status: null,
          error: { vi: 'Lỗi hệ thống khi ký.', en: 'Internal error while signing.' },
        });
      } else items.push({ id, ok: false, step: null, status: null, error: { vi: e.vi, en: e.en } });
    }
  }
  return { signed: items.filter((i) => i.ok).length, failed: items.filter((i) => !i.ok).length, items };
}
