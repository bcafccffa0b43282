import type { PDFDocument } from '@cantoo/pdf-lib';
import { type Actor, authorize } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { findAgencyById } from '../../identity';
import type { RequestContext, SigningDeps } from '../deps';
import { holderErrors } from '../lib/holders';
import { signingPolicy } from '../policy';
import { insertBookEntry, nextBookSeq } from '../repo/book.repo';
import { findActiveCertificate } from '../repo/certificates.repo';
import { insertDocument } from '../repo/documents.repo';
import { auditRegistration, prepareDocument } from './register-document';
import { signRegisteredDocument } from './sign-registered-document';

const isJpeg = (b: Uint8Array) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

/** A scan as a PDF: PDFs as they are, a JPEG or PNG photo on an A4 page at 100 % within the margins. */
export async function scanAsPdf(scan: Uint8Array): Promise<Uint8Array> {
  // pdf-lib and the PAdES code are loaded on first use, not at start-up (idle memory, bench/README.md).
  const [pdfLib, { MM }, { isPng }] = await Promise.all([
    import('@cantoo/pdf-lib'),
    import('../pades/appearance'),
    import('../pades/appearance-image'),
  ]);
  if (!isPng(scan) && !isJpeg(scan)) return scan;
  const doc = await pdfLib.PDFDocument.create({ updateMetadata: false });
  let image: Awaited<ReturnType<PDFDocument['embedPng']>>;
  try {
    image = isPng(scan) ? await doc.embedPng(scan) : await doc.embedJpg(scan);
  } catch {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      vi: 'Ảnh bản chụp bị hỏng.',
      en: 'The scanned image is damaged.',
    });
  }
  const page = doc.addPage([210 * MM, 297 * MM]);
  const box = { width: 180 * MM, height: 250 * MM };
  const scale = Math.min(box.width / image.width, box.height / image.height, 1);
  const w = image.width * scale;
  const h = image.height * scale;
  page.drawImage(image, { x: (page.getWidth() - w) / 2, y: 22 * MM + (box.height - h), width: w, height: h });
  return doc.save({ useObjectStreams: false });
}

/**
 * Chứng thực bản sao điện tử từ bản chính (NĐ 23/2015, NĐ 45/2020 Điều 14): the receiver has compared
 * the paper original and uploads its scan; the copy is numbered in the agency's certification book,
 * stamped with the verification QR code and signed at once with the agency's seal in the copy style.
 * Once signed, the DOCUMENT_SIGNED_TOPIC event carries it to the requester's personal data store.
 */
export async function certifyCopy(
  input: {
    actor: Actor;
    agencyId: string;
    scan: Uint8Array;
    title: string;
    requesterName: string;
    requesterAccountId?: string | undefined;
    feeVnd?: number | undefined;
    /** The dossier the copy is the result of (its code), when it comes from one. */
    reference?: string | undefined;
    context: RequestContext;
  },
  deps: Pick<SigningDeps, 'db' | 'config' | 'blobs' | 'pki' | 'settings'>,
) {
  const agency = await findAgencyById(deps.db, input.agencyId);
  if (!agency) throw new AppError('NOT_FOUND');
  authorize(signingPolicy, input.actor, 'copy.certify', { agencyPath: agency.path });
  if (input.actor.kind !== 'staff') throw new AppError('FORBIDDEN');
  const certifiedBy = input.actor.accountId;
  // Nothing is numbered when the agency cannot sign the copy.
  if (!(await findActiveCertificate(deps.db, { kind: 'seal', agencyId: agency.id })))
    throw holderErrors.noCertificate('seal');
  const prepared = await prepareDocument(
    {
      pdf: await scanAsPdf(input.scan),
      agencyId: agency.id,
      kind: 'certified_copy',
      title: input.title,
      holderAccountId: input.requesterAccountId,
      reference: input.reference,
      steps: ['copy'],
    },
    deps,
  );
  prepared.actor = { type: 'staff', id: certifiedBy };
  const year = Number(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 4));
  const record = () =>
    deps.db.transaction().execute(async (trx) => {
      const seq = await nextBookSeq(trx, agency.id, year);
      const number = `${seq}/${year}/SCT-BS`;
      await insertDocument(trx, { ...prepared.row, document_number: number });
      await insertBookEntry(trx, {
        agency_id: agency.id,
        year,
        seq,
        book_number: number,
        document_id: prepared.row.id,
        original_title: input.title.normalize('NFC'),
        original_sha256: prepared.result.originalSha256,
        requester_account_id: input.requesterAccountId ?? null,
        requester_name: input.requesterName.normalize('NFC'),
        certified_by: certifiedBy,
        fee_vnd: input.feeVnd ?? 0,
      });
      await auditRegistration(
        trx,
        { ...prepared, row: { ...prepared.row, document_number: number } },
        input.context.requestId,
      );
      return number;
    });
  // Two copies numbered at the same instant in an empty year collide on the key: take the next number.
  let bookNumber: string | undefined;
  for (let attempt = 0; !bookNumber; attempt++) {
    try {
      bookNumber = await record();
    } catch (e) {
      if ((e as { code?: string }).code !== '23505' || attempt >= 4) throw e;
    }
  }
  const signed = await signRegisteredDocument(
    { actor: input.actor, documentId: prepared.row.id, context: input.context },
    deps,
  );
  return {
    documentId: prepared.row.id,
    bookNumber,
    status: signed.status,
    sha256: signed.sha256,
    size: signed.size,
    verificationUrl: prepared.result.verificationUrl,
  };
}
