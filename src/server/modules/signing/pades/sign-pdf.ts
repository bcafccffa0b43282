import { type PDFDocument, PDFInvalidObject } from '@cantoo/pdf-lib';
import { AppError } from '../../../platform/errors';
import { type ParsedCert, parseCertificate } from '../pki/certificate';
import { OID } from '../pki/der';
import type { Timestamper } from '../pki/tsa';
import {
  type AppearancePlan,
  buildAppearance,
  copyLines,
  copyRect,
  defaultSignerRect,
  type Rect,
  sealGeometry,
  sealLines,
  vietnamIsoTime,
} from './appearance';
import { appearanceImage } from './appearance-image';
import { attribute, buildSignedData, sha256 } from './cms';
import { loadPdf } from './pdf-load';
import { pdfDate, pdfTextString } from './pdf-text';
import { addSignatureField, ensurePadesExtension, existingFieldNames, pageAt } from './placeholder';
import type { Signer } from './signer';

export type PadesLevel = 'B-B' | 'B-T';

/** What the signature looks like on the page (see appearance.ts for the Nghị định 30/2020 rules). */
export type AppearanceRequest =
  | { kind: 'invisible' }
  | { kind: 'signer'; image: Uint8Array; page?: number; rect?: Rect }
  /** `signerRect` is the leader's signature the seal overlaps; default: the default signer position. */
  | { kind: 'seal'; image: Uint8Array; agencyName: string; page?: number; signerRect?: Rect }
  /** Lines of the copy stamp, e.g. ["SAO Y", "Ủy ban nhân dân phường Hàm Rồng"]; the time is appended. */
  | { kind: 'copy'; lines: string[]; page?: number };

export type SignPdfOptions = {
  signer: Signer;
  level: PadesLevel;
  timestamper?: Timestamper | undefined;
  appearance: AppearanceRequest;
  fieldName?: string | undefined;
  reason?: string | undefined;
  location?: string | undefined;
  contactInfo?: string | undefined;
  /** Claimed signing time (/M and the visible time); the time-stamp, when present, is the proof. */
  signingTime?: Date | undefined;
};

export type SignPdfResult = { pdf: Uint8Array; fieldName: string; signingTime: Date; byteRange: number[] };

const BYTE_RANGE_PLACEHOLDER = '/ByteRange [0 /********** /********** /**********]';

export const certificateErrors = {
  expired: (c: ParsedCert) =>
    new AppError('VALIDATION_FAILED', {
      vi: `Chứng thư số "${c.commonName}" đã hết hạn ngày ${c.notAfter.toISOString().slice(0, 10)}; không ký được.`,
      en: `The certificate "${c.commonName}" expired on ${c.notAfter.toISOString().slice(0, 10)}; nothing was signed.`,
      extra: { reason: 'certificate_expired' },
    }),
  notYetValid: (c: ParsedCert) =>
    new AppError('VALIDATION_FAILED', {
      vi: `Chứng thư số "${c.commonName}" chưa có hiệu lực (từ ${c.notBefore.toISOString()}); không ký được.`,
      en: `The certificate "${c.commonName}" is not valid yet (from ${c.notBefore.toISOString()}); nothing was signed.`,
      extra: { reason: 'certificate_not_yet_valid' },
    }),
  keyUsage: (c: ParsedCert) =>
    new AppError('VALIDATION_FAILED', {
      vi: `Chứng thư số "${c.commonName}" không có mục đích sử dụng khóa "chữ ký số" (digitalSignature); không dùng để ký được.`,
      en: `The certificate "${c.commonName}" lacks the digitalSignature key usage and cannot sign.`,
      extra: { reason: 'certificate_key_usage' },
    }),
};

/** Refuses a certificate that cannot make a valid signature now. */
export function assertCanSign(cert: ParsedCert, at: Date): void {
  if (at < cert.notBefore) throw certificateErrors.notYetValid(cert);
  if (at > cert.notAfter) throw certificateErrors.expired(cert);
  if (cert.keyUsage && !cert.keyUsage.has('digitalSignature')) throw certificateErrors.keyUsage(cert);
}

async function plan(doc: PDFDocument, request: AppearanceRequest, time: string) {
  const defaultPage = request.kind === 'copy' ? 0 : -1;
  const page = pageAt(doc, 'page' in request && request.page !== undefined ? request.page : defaultPage);
  const size = page.getSize();
  let appearance: AppearancePlan;
  switch (request.kind) {
    case 'invisible':
      appearance = { kind: 'invisible' };
      break;
    case 'signer':
      appearance = {
        kind: 'signer',
        image: await appearanceImage(request.image),
        rect: request.rect ?? defaultSignerRect(size),
      };
      break;
    case 'seal': {
      const signer = request.signerRect ?? defaultSignerRect(size);
      const lines = sealLines(request.agencyName, time, signer.width * (2 / 3) + 20);
      appearance = {
        kind: 'seal',
        image: await appearanceImage(request.image),
        lines,
        ...sealGeometry(signer, lines),
      };
      break;
    }
    case 'copy': {
      const { font, lines } = copyLines([...request.lines, time]);
      appearance = { kind: 'copy', lines, rect: copyRect(size, lines, font) };
      break;
    }
  }
  return { page, appearance };
}

/**
 * Reserved /Contents size: certificates, signer info and signature (≈ 1.5 KB), and the time-stamp token
 * when B-T (its size as the time-stamping service announces it). A tight estimate keeps files and the
 * verifier's parsing small; a signature that does not fit is made again with the exact size.
 */
function reservedBytes(
  signer: Signer,
  options: Pick<SignPdfOptions, 'level' | 'timestamper'>,
  minimum = 0,
): number {
  const certs = [signer.certificate, ...signer.chain].reduce((total, c) => total + c.length, 0);
  const token = options.level === 'B-T' ? (options.timestamper?.sizeHint ?? 8192) : 0;
  return Math.ceil(Math.max(certs + 1536 + token, minimum) / 512) * 512;
}

class TooSmall extends Error {
  constructor(readonly needed: number) {
    super(`signature of ${needed} bytes does not fit`);
  }
}

/**
 * Adds one PAdES signature (ETSI.CAdES.detached, B-B or B-T) to a PDF by an incremental update: the
 * bytes already there, earlier signatures included, are kept as they are. Pure: no database, no I/O;
 * the caller runs it outside any transaction.
 */
export async function signPdf(pdf: Uint8Array, options: SignPdfOptions): Promise<SignPdfResult> {
  const signingTime = options.signingTime ?? new Date();
  const cert = parseCertificate(options.signer.certificate);
  assertCanSign(cert, signingTime);
  if (options.level === 'B-T' && !options.timestamper)
    throw new Error('signPdf: level B-T needs a timestamper');
  try {
    return await attempt(pdf, options, signingTime, reservedBytes(options.signer, options));
  } catch (e) {
    if (!(e instanceof TooSmall)) throw e;
    return attempt(pdf, options, signingTime, reservedBytes(options.signer, options, e.needed + 1024));
  }
}

async function attempt(pdf: Uint8Array, options: SignPdfOptions, signingTime: Date, reserved: number) {
  const cert = parseCertificate(options.signer.certificate);
  const doc = await loadPdf(pdf, { forUpdate: true });
  const ctx = doc.context;
  const { page, appearance } = await plan(doc, options.appearance, vietnamIsoTime(signingTime));
  const entries = [
    '/Type /Sig',
    '/Filter /Adobe.PPKLite',
    '/SubFilter /ETSI.CAdES.detached',
    BYTE_RANGE_PLACEHOLDER,
    `/Contents <${'0'.repeat(reserved * 2)}>`,
    `/M (${pdfDate(signingTime)})`,
    `/Name ${pdfTextString(cert.commonName ?? cert.subject)}`,
    ...(options.reason ? [`/Reason ${pdfTextString(options.reason)}`] : []),
    ...(options.location ? [`/Location ${pdfTextString(options.location)}`] : []),
    ...(options.contactInfo ? [`/ContactInfo ${pdfTextString(options.contactInfo)}`] : []),
  ];
  // A raw object: pdf-lib writes it verbatim, never inside an object stream, so the offsets of
  // /ByteRange and /Contents can be found and filled after saving.
  const sigRef = ctx.register(PDFInvalidObject.of(new TextEncoder().encode(`<< ${entries.join(' ')} >>`)));
  const { ref: apRef, rect } = buildAppearance(ctx, appearance);
  const fieldName = uniqueName(
    existingFieldNames(doc),
    options.fieldName ?? defaultFieldName(options.appearance),
  );
  addSignatureField(doc, { page, sigRef, apRef, rect, fieldName });
  ensurePadesExtension(doc);
  const prepared = await doc.save({ useObjectStreams: false });
  return fill(prepared, pdf.length, options, { fieldName, signingTime, reserved });
}

async function fill(
  bytes: Uint8Array,
  originalLength: number,
  options: SignPdfOptions,
  meta: { fieldName: string; signingTime: Date; reserved: number },
): Promise<SignPdfResult> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const brAt = buf.indexOf(BYTE_RANGE_PLACEHOLDER, originalLength, 'latin1');
  const contentsAt = buf.indexOf('/Contents <', brAt, 'latin1') + '/Contents '.length;
  if (brAt < 0 || contentsAt < brAt) throw new Error('signPdf: placeholder not found after saving');
  const gapEnd = contentsAt + meta.reserved * 2 + 2;
  const byteRange = [0, contentsAt, gapEnd, buf.length - gapEnd];
  const numbers = `/ByteRange [${byteRange.join(' ')}]`;
  if (numbers.length > BYTE_RANGE_PLACEHOLDER.length)
    throw new Error('signPdf: file too large for /ByteRange');
  buf.write(numbers.padEnd(BYTE_RANGE_PLACEHOLDER.length, ' '), brAt, 'latin1');
  const digest = sha256(buf.subarray(0, contentsAt), buf.subarray(gapEnd));
  const { cms } = await buildSignedData({
    signer: options.signer,
    digest,
    ...(options.level === 'B-T' && options.timestamper
      ? {
          unsigned: async (signature: Uint8Array) => {
            const token = await options.timestamper!.timestamp(sha256(signature));
            return [attribute(OID.signatureTimeStampToken, token)];
          },
        }
      : {}),
  });
  if (cms.length > meta.reserved) throw new TooSmall(cms.length);
  buf.write(Buffer.from(cms).toString('hex'), contentsAt + 1, 'latin1');
  return { pdf: bytes, fieldName: meta.fieldName, signingTime: meta.signingTime, byteRange };
}

function defaultFieldName(a: AppearanceRequest): string {
  return { invisible: 'ChuKy', signer: 'ChuKyCaNhan', seal: 'ChuKyCoQuan', copy: 'ChuKySao' }[a.kind];
}

function uniqueName(existing: Set<string>, base: string): string {
  const clean = base.replace(/[^A-Za-z0-9_-]/g, '') || 'ChuKy';
  if (!existing.has(clean)) return clean;
  for (let i = 2; ; i++) if (!existing.has(`${clean}${i}`)) return `${clean}${i}`;
}
