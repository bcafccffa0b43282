import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor } from '../../../platform/auth';
import type { Db } from '../../../platform/db/types';
import type { RequestInfo } from '../deps';

/**
 * Records a refused attempt in its own short transaction: the attempt changes nothing, but who tried
 * what stays in the agency's audit chain (issue 6: a rating from someone who is not the applicant is
 * rejected and written to the audit log).
 */
export async function auditRefusal(
  db: Db,
  entry: {
    actor: Actor;
    action: string;
    subject: { type: string; id: string };
    agencyId: string | null;
    reason: string;
    request: RequestInfo;
  },
) {
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor: auditActor(entry.actor),
      action: entry.action,
      subject: entry.subject,
      agencyId: entry.agencyId,
      data: { refused: entry.reason },
      requestId: entry.request.requestId,
      ip: entry.request.ip,
    }),
  );
}
