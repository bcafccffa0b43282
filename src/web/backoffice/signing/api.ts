import { z } from 'zod';
import {
  BatchSignResult,
  CertificationBookEntry,
  CertifiedCopy,
  QueueItem,
  SigningCertificate,
  SigningImage,
  SigningRate,
} from '../../../contracts/signing';
import { apiGet, apiSend } from '../../api/client';
import { postForm } from '../../portal/verify/api';

export type Certificate = z.infer<typeof SigningCertificate>;
export type QueueEntry = z.infer<typeof QueueItem>;
export type BatchResult = z.infer<typeof BatchSignResult>;
export type BookEntry = z.infer<typeof CertificationBookEntry>;
export type RevokeReason =
  | 'unspecified'
  | 'keyCompromise'
  | 'affiliationChanged'
  | 'superseded'
  | 'cessationOfOperation';

const V1 = '/api/v1';
const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export const listMyCertificates = (signal?: AbortSignal) =>
  apiGet(`${V1}/signing/certificates`, items(SigningCertificate), signal).then((r) => r.items);

export const listAgencyCertificates = (agencyId: string, signal?: AbortSignal) =>
  apiGet(`${V1}/agencies/${agencyId}/signing-certificates`, items(SigningCertificate), signal).then(
    (r) => r.items,
  );

export const issueDemoCertificate = (body: { kind: 'official' | 'seal'; agencyId: string }) =>
  apiSend('POST', `${V1}/signing/certificates/demo`, body, SigningCertificate);

export function importCertificate(input: {
  file: File;
  password: string;
  kind: 'official' | 'seal';
  agencyId: string;
}) {
  const form = new FormData();
  form.append('kind', input.kind);
  form.append('agencyId', input.agencyId);
  form.append('password', input.password);
  form.append('file', input.file, input.file.name);
  return postForm(`${V1}/signing/certificates/import`, form, SigningCertificate);
}

export const revokeCertificate = (id: string, reason: RevokeReason) =>
  apiSend('POST', `${V1}/signing/certificates/${id}/revoke`, { reason }, SigningCertificate);

/** Where the stored images are read (the sha256 busts the browser's copy after an upload). */
export const signatureImageUrl = (version: string) => `${V1}/signing/signature-image?v=${version}`;
export const sealImageUrl = (agencyId: string, version: string) =>
  `${V1}/agencies/${agencyId}/seal-image?v=${version}`;

export function uploadImage(target: { kind: 'signature' } | { kind: 'seal'; agencyId: string }, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  const url =
    target.kind === 'signature'
      ? `${V1}/signing/signature-image`
      : `${V1}/agencies/${target.agencyId}/seal-image`;
  return postForm(url, form, SigningImage, { method: 'PUT' });
}

export const getQueue = (signal?: AbortSignal) =>
  apiGet(`${V1}/signing/queue`, items(QueueItem), signal).then((r) => r.items);

export const signBatch = (documentIds: string[], level?: 'B-B' | 'B-T') =>
  apiSend(
    'POST',
    `${V1}/signing/queue/sign`,
    level ? { documentIds, level } : { documentIds },
    BatchSignResult,
  );

export function certifyCopy(
  agencyId: string,
  input: { file: File; title: string; requesterName: string; requesterAccountId?: string; feeVnd?: number },
) {
  const form = new FormData();
  form.append('title', input.title);
  form.append('requesterName', input.requesterName);
  if (input.requesterAccountId) form.append('requesterAccountId', input.requesterAccountId);
  if (input.feeVnd !== undefined) form.append('feeVnd', String(input.feeVnd));
  form.append('file', input.file, input.file.name);
  return postForm(`${V1}/agencies/${agencyId}/certified-copies`, form, CertifiedCopy);
}

export const getBook = (agencyId: string, year: number, signal?: AbortSignal) =>
  apiGet(
    `${V1}/agencies/${agencyId}/certification-book?year=${year}`,
    items(CertificationBookEntry),
    signal,
  ).then((r) => r.items);

/** Signed / registered documents per agency under `agencyId`, in a period given as instants. */
export function getSigningRate(agencyId: string, period: { from: string; to: string }, signal?: AbortSignal) {
  const query = new URLSearchParams({ agencyId, from: period.from, to: period.to });
  return apiGet(`${V1}/signing/rate?${query}`, SigningRate, signal);
}

const Person = z.object({ id: z.uuid(), fullName: z.string(), phone: z.string().nullable() });
export type FoundPerson = z.infer<typeof Person>;

/** `GET /people?personalId=` (identity module; the lookup is audited as a view of the citizen's record). */
export const findCitizen = (personalId: string) =>
  apiGet(`${V1}/people?personalId=${encodeURIComponent(personalId)}`, Person);

/** The portal page a QR code opens, from a document's file link (which carries the same hash). */
export function verifyPageUrl(fileUrl: string, id: string): string {
  const hash = new URL(fileUrl, window.location.origin).searchParams.get('hash') ?? '';
  return `/xac-minh/${id}?hash=${hash}`;
}
