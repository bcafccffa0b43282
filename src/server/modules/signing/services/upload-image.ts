import { createHash } from 'node:crypto';
import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor, authorize } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { findAgencyById } from '../../identity';
import type { RequestContext, SigningDeps } from '../deps';
import { requireStaff } from '../lib/actors';
import { signingPolicy } from '../policy';
import { upsertImage } from '../repo/images.repo';

const MAX_BYTES = 1024 * 1024;
const MAX_SIDE = 4000;

async function checkPng(png: Uint8Array) {
  if (!png.length)
    throw new AppError('VALIDATION_FAILED', { vi: 'Tệp rỗng (0 byte).', en: 'The file is empty (0 bytes).' });
  if (png.length > MAX_BYTES)
    throw new AppError('PAYLOAD_TOO_LARGE', { vi: 'Ảnh vượt quá 1 MB.', en: 'The image exceeds 1 MB.' });
  // Loaded on first use, not at start-up: pdf-lib and the PAdES code weigh on idle memory (bench/README.md).
  const { appearanceImage, invalidImage } = await import('../pades/appearance-image');
  const image = await appearanceImage(png);
  if (image.width > MAX_SIDE || image.height > MAX_SIDE) throw invalidImage();
  return { width: image.width, height: image.height, sha256: createHash('sha256').update(png).digest('hex') };
}

/**
 * An official's handwritten signature (NĐ 30/2020 Phụ lục I: blue, PNG, transparent background), shown
 * in every signature they make from now on.
 */
export async function uploadSignatureImage(
  input: { actor: Actor; png: () => Promise<Uint8Array>; context: RequestContext },
  deps: Pick<SigningDeps, 'db'>,
) {
  if (input.actor.kind !== 'staff')
    throw new AppError(input.actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
  authorize(signingPolicy, input.actor, 'certificate.manage_own');
  const accountId = input.actor.accountId;
  const png = await input.png();
  const meta = await checkPng(png);
  await deps.db.transaction().execute(async (trx) => {
    await upsertImage(
      trx,
      { type: 'account', id: accountId, kind: 'signature' },
      { png, ...meta, uploadedBy: accountId },
    );
    await appendAudit(trx, {
      actor: auditActor(input.actor),
      action: 'signing.signature_image_uploaded',
      subject: { type: 'account', id: accountId },
      data: meta,
      requestId: input.context.requestId,
      ip: input.context.ip,
    });
  });
  return { ...meta, uploadedAt: new Date().toISOString() };
}

/** An agency's seal image (red, actual size, PNG with transparent background). */
export async function uploadSealImage(
  input: { actor: Actor; agencyId: string; png: () => Promise<Uint8Array>; context: RequestContext },
  deps: Pick<SigningDeps, 'db'>,
) {
  requireStaff(input.actor);
  const agency = await findAgencyById(deps.db, input.agencyId);
  if (!agency) throw new AppError('NOT_FOUND');
  authorize(signingPolicy, input.actor, 'seal.manage', { agencyPath: agency.path });
  const png = await input.png();
  const meta = await checkPng(png);
  const actor = auditActor(input.actor);
  await deps.db.transaction().execute(async (trx) => {
    await upsertImage(
      trx,
      { type: 'agency', id: agency.id, kind: 'seal' },
      { png, ...meta, uploadedBy: actor.id ?? null },
    );
    await appendAudit(trx, {
      actor,
      action: 'signing.seal_image_uploaded',
      subject: { type: 'agency', id: agency.id },
      agencyId: agency.id,
      data: meta,
      requestId: input.context.requestId,
      ip: input.context.ip,
    });
  });
  return { ...meta, uploadedAt: new Date().toISOString() };
}
