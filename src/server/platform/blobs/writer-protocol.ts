import type { StoredBlob } from './disk-writer';

/** A part of a put's content; the first opens the temp file, the last finishes the blob. */
export type WriterRequest =
  | { id: number; kind: 'part'; tmpName: string; data: Uint8Array; last: boolean }
  | { id: number; kind: 'abort' };

export type WriterReply =
  | { id: number; kind: 'written' }
  | { id: number; kind: 'aborted' }
  | { id: number; kind: 'stored'; blob: StoredBlob }
  | { id: number; kind: 'failed'; error: { message: string; code?: string | undefined } };
