import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor } from '../../../platform/auth';
import type { AppError } from '../../../platform/errors';
import type { PickupDeps } from '../deps';

/**
 * Records a refused request in the audit log (its own short transaction: the refused change itself
 * wrote nothing) and hands back the error to throw. Issue 6: a booking for a full or past slot, a
 * closed day or someone else's dossier is rejected, written to the audit log, nothing changed.
 */
export async function rejected(
  deps: Pick<PickupDeps, 'db'>,
  ctx: { actor: Actor; requestId: string; agencyId: string | null; subject?: { type: string; id: string } },
  action: string,
  reason: string,
  error: AppError,
  data: Record<string, unknown> = {},
): Promise<AppError> {
  await deps.db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor: auditActor(ctx.actor),
      action: `${action}.rejected`,
      ...(ctx.subject ? { subject: ctx.subject } : {}),
      agencyId: ctx.agencyId,
      data: { reason, ...data },
      requestId: ctx.requestId,
    }),
  );
  return error;
}
