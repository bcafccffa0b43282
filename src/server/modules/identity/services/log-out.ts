import { type AuditActor, appendAudit } from '../../../platform/audit';
import { type Actor, auditActor } from '../../../platform/auth';
import type { IdentityDeps, RequestContext } from '../deps';
import { deleteSession, deleteSessionsOfAccount } from '../repo/sessions.repo';

/** Ends this session, or with `everywhere` every session of the person. */
export async function logOut(
  input: { actor: Actor; everywhere: boolean; context: RequestContext },
  deps: Pick<IdentityDeps, 'db' | 'sessionCache'>,
): Promise<{ ended: number }> {
  const { actor } = input;
  if (actor.kind !== 'citizen' && actor.kind !== 'staff') return { ended: 0 };
  const result = await deps.db.transaction().execute(async (trx) => {
    let ended = 1;
    if (input.everywhere) ended = await deleteSessionsOfAccount(trx, actor.accountId);
    else await deleteSession(trx, actor.sessionId);
    await appendAudit(trx, {
      actor: auditActor(actor) as AuditActor,
      action: input.everywhere ? 'auth.logout_everywhere' : 'auth.logout',
      subject: { type: 'account', id: actor.accountId },
      data: { sessions: ended },
      requestId: input.context.requestId,
      ip: input.context.ip,
    });
    return { ended };
  });
  if (input.everywhere) deps.sessionCache.forgetAccount(actor.accountId);
  else deps.sessionCache.forget(actor.sessionId);
  return result;
}
