import type { Readable } from 'node:stream';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Actor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { DossierDeps } from '../deps';
import { notAllowed, sniffingStream } from '../lib/sniff';
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
  const sniff = sniffingStream(filename);
  const out = new PassThrough();
  const [put, piped] = await Promise.allSettled([
    deps.blobs.put(out, { maxBytes: deps.config.uploadLimitBytes }),
    pipeline(input.content, sniff.stream, out),
  ]);
  // Of the two sides, the one that failed with a reason (wrong type, too large, empty) is reported;
  // the other then only saw its stream cut.
  for (const side of [put, piped])
    if (side.status === 'rejected' && side.reason instanceof AppError) throw side.reason;
  if (piped.status === 'rejected') throw piped.reason;
  if (put.status === 'rejected') throw put.reason;
  const stored = put.value;
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
