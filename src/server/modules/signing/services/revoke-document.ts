import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor, authorize } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { RequestContext, SigningDeps } from '../deps';
import { requireStaff } from '../lib/actors';
import { signingPolicy } from '../policy';
import { findDocument, setDocumentStatus } from '../repo/documents.repo';
import { presentRegistered } from './present-document';

/**
 * Withdraws a registered document (thu hồi) or marks it superseded by a newer one (thay thế): its
 * signatures stay valid, but the public record tells whoever scans the QR code that it no longer stands.
 */
export async function revokeDocument(
  input: {
    actor: Actor;
    id: string;
    reason: string;
    supersededBy?: string | undefined;
    context: RequestContext;
  },
  deps: Pick<SigningDeps, 'db'>,
) {
  requireStaff(input.actor);
  const doc = await findDocument(deps.db, input.id);
  if (!doc) throw new AppError('NOT_FOUND');
  authorize(signingPolicy, input.actor, 'document.revoke', { agencyPath: doc.agency_path });
  if (input.supersededBy) {
    const next = await findDocument(deps.db, input.supersededBy);
    if (!next || next.agency_id !== doc.agency_id || next.id === doc.id)
      throw new AppError('VALIDATION_FAILED', {
        vi: 'Văn bản thay thế không hợp lệ.',
        en: 'The replacing document is not valid.',
        fields: [
          {
            path: 'body.supersededBy',
            vi: 'Không tìm thấy văn bản thay thế cùng cơ quan.',
            en: 'No replacing document of the same agency.',
          },
        ],
      });
  }
  const status = input.supersededBy ? ('superseded' as const) : ('revoked' as const);
  await deps.db.transaction().execute(async (trx) => {
    const row = await setDocumentStatus(trx, doc.id, {
      status,
      at: new Date(),
      reason: input.reason,
      supersededBy: input.supersededBy ?? null,
    });
    if (!row) throw new AppError('INVALID_TRANSITION', { extra: { status: doc.status } });
    await appendAudit(trx, {
      actor: auditActor(input.actor),
      action: `signing.document_${status}`,
      subject: { type: 'signed_document', id: doc.id },
      agencyId: doc.agency_id,
      data: { reason: input.reason, supersededBy: input.supersededBy ?? null },
      requestId: input.context.requestId,
      ip: input.context.ip,
    });
  });
  return presentRegistered(deps.db, (await findDocument(deps.db, doc.id))!);
}
