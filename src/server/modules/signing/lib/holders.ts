import type { Executor } from '../../../platform/db';
import { AppError } from '../../../platform/errors';
import type { Signer } from '../pades/signer';
import { splitDer } from '../pki/der-reader';
import { nodePrivateKey, openKey } from '../pki/keys';
import { findActiveCertificate, findSigningMaterial } from '../repo/certificates.repo';
import { findImage } from '../repo/images.repo';
import type { CertificateKind } from '../tables';

/** Sealed private keys are bound to their certificate row. */
export const keyContext = (certificateId: string) => `signing-key:${certificateId}`;

export const holderErrors = {
  noCertificate: (kind: CertificateKind) =>
    new AppError('CONFLICT', {
      vi:
        kind === 'official'
          ? 'Cán bộ chưa có chứng thư số đang hiệu lực; hãy cấp hoặc nhập chứng thư trước khi ký.'
          : 'Cơ quan chưa có chứng thư số (dấu điện tử) đang hiệu lực; hãy cấp hoặc nhập chứng thư con dấu.',
      en:
        kind === 'official'
          ? 'The official has no active signing certificate; issue or import one first.'
          : 'The agency has no active seal certificate; issue or import one first.',
      extra: { reason: 'no_certificate' },
    }),
  noImage: (kind: 'signature' | 'seal') =>
    new AppError('CONFLICT', {
      vi:
        kind === 'signature'
          ? 'Chưa có ảnh chữ ký (PNG màu xanh); hãy tải ảnh chữ ký lên.'
          : 'Chưa có ảnh con dấu (PNG màu đỏ); hãy tải ảnh con dấu lên.',
      en:
        kind === 'signature'
          ? 'No signature image (blue PNG) yet; upload one first.'
          : 'No seal image (red PNG) yet; upload one first.',
      extra: { reason: kind === 'signature' ? 'no_signature_image' : 'no_seal_image' },
    }),
  remoteKey: () =>
    new AppError('CONFLICT', {
      vi: 'Khóa của chứng thư này nằm ở thiết bị hoặc dịch vụ ký từ xa chưa được kết nối.',
      en: 'The key of this certificate lives in a token or remote-signing service that is not connected.',
      extra: { reason: 'remote_key' },
    }),
};

export type Holder = { kind: 'official'; accountId: string } | { kind: 'seal'; agencyId: string };

/**
 * The holder's active certificate as a Signer (key decrypted now, kept only in this call) and the image
 * of its appearance. Runs outside any transaction: reads only.
 */
export async function loadHolder(
  db: Executor,
  kek: Buffer,
  holder: Holder,
): Promise<{ certificateId: string; signer: Signer; image: Uint8Array | undefined }> {
  const active = await findActiveCertificate(
    db,
    holder.kind === 'official'
      ? { kind: 'official', accountId: holder.accountId }
      : { kind: 'seal', agencyId: holder.agencyId },
  );
  if (!active) throw holderErrors.noCertificate(holder.kind);
  const material = await findSigningMaterial(db, active.id);
  if (!material) throw holderErrors.noCertificate(holder.kind);
  if (!material.private_key_sealed) throw holderErrors.remoteKey();
  const pkcs8 = openKey(kek, material.private_key_sealed, keyContext(active.id));
  // The PKI code (@peculiar/x509) is loaded on first use, not at start-up (idle memory, bench/README.md).
  const { localKeySigner } = await import('../pades/signer');
  const signer = localKeySigner({
    certificate: new Uint8Array(material.certificate),
    chain: splitDer(new Uint8Array(material.chain)),
    privateKey: nodePrivateKey(pkcs8),
  });
  const image = await findImage(
    db,
    holder.kind === 'official'
      ? { type: 'account', id: holder.accountId, kind: 'signature' }
      : { type: 'agency', id: holder.agencyId, kind: 'seal' },
  );
  return { certificateId: active.id, signer, image: image ? new Uint8Array(image.png) : undefined };
}
