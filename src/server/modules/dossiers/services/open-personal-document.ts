import type { Actor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { DossierDeps } from '../deps';
import { findOwnedPersonalDocument } from '../repo/personal-store.repo';

const EXTENSION: Record<string, string> = {
  'application/pdf': '.pdf',
  'image/jpeg': '.jpg',
  'image/png': '.png',
};

/**
 * A stored paper's file, for its owner only: anyone else, officials included, gets 404 (permission
 * before existence; an official reads papers through the dossier they belong to).
 */
export async function openPersonalDocument(
  input: { actor: Actor; documentId: string },
  deps: Pick<DossierDeps, 'db' | 'blobs'>,
) {
  if (input.actor.kind !== 'citizen') throw new AppError('NOT_FOUND');
  const doc = await findOwnedPersonalDocument(deps.db, input.actor.accountId, input.documentId);
  if (!doc) throw new AppError('NOT_FOUND');
  const ext = EXTENSION[doc.media_type] ?? '';
  const base = doc.title.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').trim() || 'giay-to';
  const filename = base.toLowerCase().endsWith(ext) ? base : `${base}${ext}`;
  return {
    // The blob store checks the sha256 as it reads: a damaged file fails instead of being served.
    stream: await deps.blobs.get(doc.sha256),
    mediaType: doc.media_type,
    size: Number(doc.size),
    filename,
    asciiName:
      filename
        .normalize('NFD')
        .replace(/[^\x20-\x7e]/g, '')
        .replace(/["\\]/g, '') || `giay-to${ext}`,
  };
}
