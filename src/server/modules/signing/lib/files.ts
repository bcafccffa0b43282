import { Readable } from 'node:stream';
import type { BlobStore } from '../../../platform/blobs';

/** Signed files live in the content-addressed blob store; these read and write whole PDFs. */
export async function readBytes(blobs: BlobStore, sha256: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of await blobs.get(sha256)) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

export async function writeBytes(blobs: BlobStore, bytes: Uint8Array) {
  return blobs.put(Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)]), {
    maxBytes: 200 * 1024 * 1024,
  });
}

/** Where a registered document can be checked: the portal page `/xac-minh/:id` (the QR target). */
export const verificationPath = (id: string, originalSha256: string) =>
  `/xac-minh/${id}?hash=${originalSha256}`;

export const verificationUrl = (publicUrl: string, id: string, originalSha256: string) =>
  `${publicUrl}${verificationPath(id, originalSha256)}`;

export const fileUrl = (id: string, originalSha256: string) =>
  `/api/v1/documents/${id}/file?hash=${originalSha256}`;
