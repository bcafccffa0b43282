import type { z } from 'zod';
import type { QueueItem } from '../../../../contracts/signing';
import { type Actor, can } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { SigningDeps } from '../deps';
import { fileUrl } from '../lib/files';
import { signingPolicy } from '../policy';
import { listQueue } from '../repo/documents.repo';
import type { SigningStep } from '../tables';

/**
 * The documents waiting for the caller's signature: for a leader the officials' step, for a clerk the
 * seal, across every agency where they hold that role.
 */
export async function listSigningQueue(
  input: { actor: Actor; limit?: number },
  deps: Pick<SigningDeps, 'db'>,
) {
  const { actor } = input;
  if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  if (actor.kind !== 'staff' || !can(signingPolicy, actor, 'queue.read', {})) {
    if (actor.kind === 'staff' && !actor.mfa) throw new AppError('MFA_REQUIRED');
    throw new AppError('FORBIDDEN');
  }
  const items: z.infer<typeof QueueItem>[] = [];
  const seen = new Set<string>();
  for (const grant of actor.roles) {
    const steps: SigningStep[] =
      grant.role === 'leader' ? ['official', 'copy'] : grant.role === 'clerk' ? ['seal', 'copy'] : [];
    if (grant.role === 'system_admin') steps.push('official', 'seal', 'copy');
    if (!steps.length) continue;
    const rows = await listQueue(deps.db, { agencyPath: grant.agencyPath, steps, limit: input.limit ?? 100 });
    for (const d of rows) {
      if (seen.has(d.id)) continue;
      const next = d.steps[d.steps_done]!;
      if (next === 'official' && d.signer_account_id && d.signer_account_id !== actor.accountId) continue;
      seen.add(d.id);
      items.push({
        id: d.id,
        kind: d.kind,
        title: d.title,
        documentNumber: d.document_number,
        reference: d.reference,
        agencyId: d.agency_id,
        nextStep: next,
        stepsDone: d.steps_done,
        steps: d.steps,
        registeredAt: new Date(d.created_at).toISOString(),
        fileUrl: fileUrl(d.id, d.original_sha256),
      });
    }
  }
  return items;
}
