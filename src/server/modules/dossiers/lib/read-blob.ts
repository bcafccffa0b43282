import type { BlobStore } from '../../../platform/blobs';

/** A stored file's bytes, for the callers that need them whole (signing a scan or a draft). */
export async function readBlob(blobs: BlobStore, sha256: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of await blobs.get(sha256)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
