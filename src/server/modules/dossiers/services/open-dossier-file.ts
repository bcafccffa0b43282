import type { Actor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { DossierDeps } from '../deps';
import { canView } from '../lib/performer';
import { findDossier } from '../repo/dossiers.repo';
import { findDossierDocument, listAttachments } from '../repo/files.repo';
import { documentName } from './present';

/** A paper of the dossier (one it produced, or one attached), for its applicant or an official in scope. */
export async function openDossierFile(
  input: {
    actor: Actor;
    dossierId: string;
    fileId: string;
    kind: 'documents' | 'attachments';
    requestId: string;
  },
  deps: Pick<DossierDeps, 'db' | 'blobs'>,
) {
  const d = await findDossier(deps.db, input.dossierId);
  if (!d || !canView(input.actor, d)) throw new AppError('NOT_FOUND');
  let sha256: string;
  let mediaType: string;
  let filename: string;
  if (input.kind === 'documents') {
    const doc = await findDossierDocument(deps.db, d.id, input.fileId);
    if (!doc || (doc.kind === 'result_draft' && input.actor.kind !== 'staff'))
      throw new AppError('NOT_FOUND');
    sha256 = doc.sha256;
    mediaType = 'application/pdf';
    // A result's title already names the dossier; "/" of a book number cannot be in a file name.
    filename = `${doc.title ?? `${documentName(doc.kind).vi} - ${d.code}`}.pdf`.replace(/[\\/:*?"<>|]/g, '-');
  } else {
    const att = (await listAttachments(deps.db, d.id)).find((a) => a.id === input.fileId);
    if (!att) throw new AppError('NOT_FOUND');
    sha256 = att.sha256;
    mediaType = att.media_type;
    filename = att.filename;
  }
  return {
    stream: await deps.blobs.get(sha256),
    mediaType,
    filename,
    asciiName:
      filename
        .normalize('NFD')
        .replace(/[^\x20-\x7e]/g, '')
        .replace(/"/g, '') || 'tep',
  };
}
