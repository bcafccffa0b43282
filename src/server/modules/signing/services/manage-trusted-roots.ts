import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor, authorize } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { RequestContext, SigningDeps } from '../deps';
import { requireStaff } from '../lib/actors';
import { signingPolicy } from '../policy';
import { deleteTrustedRoot, insertTrustedRoot } from '../repo/trusted-roots.repo';

/** The roots this instance trusts, and where each comes from (public: verification is public too). */
export async function listTrustedRoots(deps: Pick<SigningDeps, 'pki'>) {
  const trust = await deps.pki.trust();
  return trust.anchors.map((a) => ({
    fingerprint: a.sha256,
    subject: a.subject,
    note: null,
    source: trust.sources.get(a.sha256) ?? 'unknown',
  }));
}

const notARoot = () =>
  new AppError('VALIDATION_FAILED', {
    vi: 'Tệp không phải là chứng thư gốc (CA tự ký) hợp lệ.',
    en: 'The file is not a valid root (self-signed CA) certificate.',
    extra: { reason: 'not_a_root' },
  });

/** Adds root certificates (PEM bundle or DER) to the national trust list of this instance. */
export async function addTrustedRoots(
  input: {
    actor: Actor;
    upload: () => Promise<{ file: Uint8Array; note?: string | undefined }>;
    context: RequestContext;
  },
  deps: Pick<SigningDeps, 'db' | 'pki'>,
) {
  requireStaff(input.actor);
  authorize(signingPolicy, input.actor, 'trusted_root.manage');
  const { file, note } = await input.upload();
  // The PKI code (@peculiar/x509) is loaded on first use, not at start-up (idle memory, bench/README.md).
  const { fromPemOrDer, parseCertificate } = await import('../pki/certificate');
  const certs = fromPemOrDer(file).map((der) => {
    try {
      return parseCertificate(der);
    } catch {
      throw notARoot();
    }
  });
  if (!certs.length || certs.some((c) => !c.isCa || !c.selfIssued)) throw notARoot();
  const actor = auditActor(input.actor);
  await deps.db.transaction().execute(async (trx) => {
    for (const c of certs) {
      await insertTrustedRoot(trx, {
        fingerprint: c.sha256,
        subject: c.subject,
        certificate: c.der,
        note: note ?? null,
        addedBy: actor.id ?? null,
      });
      await appendAudit(trx, {
        actor,
        action: 'signing.trusted_root_added',
        subject: { type: 'trusted_root', id: c.sha256 },
        data: { subject: c.subject, note: note ?? null },
        requestId: input.context.requestId,
        ip: input.context.ip,
      });
    }
  });
  deps.pki.invalidateTrust();
  return listTrustedRoots(deps);
}

export async function removeTrustedRoot(
  input: { actor: Actor; fingerprint: string; context: RequestContext },
  deps: Pick<SigningDeps, 'db' | 'pki'>,
) {
  requireStaff(input.actor);
  authorize(signingPolicy, input.actor, 'trusted_root.manage');
  await deps.db.transaction().execute(async (trx) => {
    if (!(await deleteTrustedRoot(trx, input.fingerprint.toLowerCase()))) throw new AppError('NOT_FOUND');
    await appendAudit(trx, {
      actor: auditActor(input.actor),
      action: 'signing.trusted_root_removed',
      subject: { type: 'trusted_root', id: input.fingerprint.toLowerCase() },
      requestId: input.context.requestId,
      ip: input.context.ip,
    });
  });
  deps.pki.invalidateTrust();
}
