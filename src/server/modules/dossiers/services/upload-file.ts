import type { Readable } from 'node:stream';
import type { Actor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { DossierDeps } from '../deps';
import { notAllowed, sniffing } from '../lib/sniff';
import { insertUpload } from '../repo/files.repo';

/**
 * Stores one uploaded paper: checked by content (PDF, JPEG, PNG), size-limited, hashed, scanned by
 * the configured virus scanner, and recorded for the uploader to name in a submission.
 */
export async function uploadFile(
  input: { actor: Actor; filename: string; content: Readable; wasTruncated?: () => boolean },
  deps: Pick<DossierDeps, 'db' | 'blobs' | 'config' | 'scanner'>,
) {
  const { actor } = input;
  if (actor.kind !== 'citizen' && actor.kind !== 'staff') throw new AppError('UNAUTHENTICATED');
  const filename =
    input.filename
      .normalize('NFC')
      .replace(/[\\/\0]/g, '_')
      .slice(0, 200) || 'tep';
  const sniff = sniffing(input.content, filename);
  const stored = await deps.blobs
    .put(sniff.chunks, { maxBytes: deps.config.uploadLimitBytes })
    .catch((e: unknown) => {
      input.content.destroy(); // the rest of a refused file is not read
      throw e;
    });
  // The multipart parser stops at the size limit and marks the stream cut instead of failing.
  if (input.wasTruncated?.()) throw new AppError('PAYLOAD_TOO_LARGE');
  const media = sniff.result();
  if (!media) throw notAllowed();
  const verdict = await deps.scanner.scan(stored.sha256, () => deps.blobs.get(stored.sha256));
  if (verdict.infected)
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      vi: `Tệp bị phát hiện có mã độc (${verdict.signature}) và không được nhận.`,
      en: `The file was found to contain malware (${verdict.signature}) and was refused.`,
    });
  const row = await insertUpload(deps.db, {
    owner_account_id: actor.accountId,
    sha256: stored.sha256,
    media_type: media,
    size: stored.size,
    filename,
  });
  return { id: row.id, filename, mediaType: media, size: stored.size, sha256: stored.sha256 };
}
