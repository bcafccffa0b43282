import { randomUUID } from 'node:crypto';
import { CERTIFIED_COPY_RESULTS } from '../../../../contracts/dossier-workflow';
import { AppError } from '../../../platform/errors';
import { signingApi } from '../../signing';
import type { DossierDeps } from '../deps';
import { readBlob } from '../lib/read-blob';
import { listActions } from '../repo/actions.repo';
import { findDossierDocument, findUploads } from '../repo/files.repo';

const field = (vi: string, en: string) =>
  new AppError('VALIDATION_FAILED', {
    vi,
    en,
    fields: [{ path: 'body.resultDraftUploadId', vi, en }],
  });

/**
 * The specialist's draft of the result, checked when it is attached (`propose`) rather than when the
 * leader signs: an upload of the specialist's own, a PDF the signing module can sign (not encrypted,
 * readable), for a procedure whose result is a paper (not certified copies). Returns the row to file
 * with the action; nothing is written here.
 */
export async function checkResultDraft(
  deps: Pick<DossierDeps, 'db' | 'blobs' | 'platform'>,
  ownerId: string,
  uploadId: string,
  procedureCode: string,
) {
  if (CERTIFIED_COPY_RESULTS.has(procedureCode))
    throw field(
      'Kết quả của thủ tục này là bản sao chứng thực từ bản chính đã nộp; không có dự thảo.',
      'This procedure’s result is the certified copy of each original submitted; there is no draft.',
    );
  const [upload] = await findUploads(deps.db, ownerId, [uploadId]);
  if (!upload)
    throw field(
      'Tệp dự thảo không tồn tại hoặc không phải do bạn tải lên.',
      'The draft file does not exist or was not uploaded by you.',
    );
  if (upload.media_type !== 'application/pdf')
    throw field('Dự thảo kết quả phải là tệp PDF.', 'The draft result must be a PDF file.');
  await signingApi(deps.platform).checkSignable(await readBlob(deps.blobs, upload.sha256));
  return { id: randomUUID(), sha256: upload.sha256, size: Number(upload.size) };
}

/**
 * The draft the leader signs: the one attached to the latest `propose`. A dossier sent back and proposed
 * again without a draft is signed as the generated paper, as the specialist last asked.
 */
export async function draftToSign(
  deps: Pick<DossierDeps, 'db' | 'blobs'>,
  dossierId: string,
): Promise<Uint8Array | undefined> {
  const actions = await listActions(deps.db, dossierId);
  const proposed = [...actions].reverse().find((a) => a.action === 'propose');
  const draftId = (proposed?.data as { resultDraftId?: string } | undefined)?.resultDraftId;
  if (!draftId) return undefined;
  const doc = await findDossierDocument(deps.db, dossierId, draftId);
  if (doc?.kind !== 'result_draft') throw new AppError('INTERNAL');
  return readBlob(deps.blobs, doc.sha256);
}
