import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor, authorize } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { RequestContext, SigningDeps } from '../deps';
import { requireStaff } from '../lib/actors';
import { signingPolicy } from '../policy';
import { findCertificate, revokeCertificate as revokeRow } from '../repo/certificates.repo';
import { markRevoked } from '../repo/issued.repo';
import { presentCertificate } from './present';

/**
 * Revokes a certificate: it signs nothing more here, and when the built-in CA issued it, its serial goes
 * on the CRL and the OCSP responder answers "revoked" from now on.
 */
export async function revokeCertificate(
  input: { actor: Actor; id: string; reason: string; context: RequestContext },
  deps: Pick<SigningDeps, 'db' | 'pki'>,
) {
  requireStaff(input.actor);
  const cert = await findCertificate(deps.db, input.id);
  if (!cert) throw new AppError('NOT_FOUND');
  const own = input.actor.kind === 'staff' && cert.account_id === input.actor.accountId;
  authorize(signingPolicy, input.actor, own ? 'certificate.manage_own' : 'certificate.manage', {
    agencyPath: cert.agency_path,
  });
  // Whole seconds: the CRL and OCSP answers carry the time to the second, and must agree with the record.
  const at = new Date(Math.floor(Date.now() / 1000) * 1000);
  await deps.db.transaction().execute(async (trx) => {
    const row = await revokeRow(trx, cert.id, at);
    if (!row)
      throw new AppError('CONFLICT', {
        vi: 'Chứng thư đã bị thu hồi.',
        en: 'The certificate is already revoked.',
      });
    if (row.source === 'builtin_ca') await markRevoked(trx, row.serial_hex, at, input.reason);
    await appendAudit(trx, {
      actor: auditActor(input.actor),
      action: 'signing.certificate_revoked',
      subject: { type: 'signing_certificate', id: cert.id },
      agencyId: cert.agency_id,
      data: { serial: cert.serial_hex, reason: input.reason },
      requestId: input.context.requestId,
      ip: input.context.ip,
    });
  });
  deps.pki.invalidateCrls();
  await deps.pki.crls(); // publish the new CRL now, not at the next request
  return presentCertificate((await findCertificate(deps.db, cert.id))!);
}
