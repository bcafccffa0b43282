import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { PassThrough, type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../errors';
import { blobPath, type StoredBlob } from './disk-writer';
import { createWriterPool } from './writer-pool';

export type { StoredBlob };

/** The interface an S3-compatible adapter implements too. */
export interface BlobStore {
  /**
   * Reads `source` in (a stream, or any async iterable of chunks), hashing as it goes; refuses empty
   * or oversized content.
   */
  put(source: AsyncIterable<Buffer | string>, options?: { maxBytes?: number }): Promise<StoredBlob>;
  /** Streams the content out; the stream errors if the bytes no longer match their hash. */
  get(sha256: string): Promise<Readable>;
  has(sha256: string): Promise<boolean>;
  /** Stops what the store runs in the background (puts still running fail). */
  close(): Promise<void>;
}

const SHA256 = /^[0-9a-f]{64}$/;

export class BlobIntegrityError extends Error {}

/**
 * Blobs in files named by their sha256 under `root`, in two fan-out levels. Puts are written by
 * worker threads (writer-pool.ts, disk-writer.ts); reads stream from the files here.
 */
export function createDiskBlobStore(root: string, defaultMaxBytes: number): BlobStore {
  const pathOf = (sha: string) => blobPath(root, sha);
  const writers = createWriterPool(root);

  return {
    put(source, options = {}) {
      return writers.put(source, options.maxBytes ?? defaultMaxBytes);
    },

    async get(sha256) {
      if (!SHA256.test(sha256)) throw new AppError('NOT_FOUND');
      const path = pathOf(sha256);
      await stat(path).catch(() => {
        throw new AppError('NOT_FOUND');
      });
      const hash = createHash('sha256');
      const out = new PassThrough();
      const verify = new Transform({
        transform(chunk: Buffer, _enc, done) {
          hash.update(chunk);
          done(null, chunk);
        },
        flush(done) {
          const actual = hash.digest('hex');
          done(
            actual === sha256 ? null : new BlobIntegrityError(`blob ${sha256} is corrupt (hash ${actual})`),
          );
        },
      });
      pipeline(createReadStream(path), verify, out).catch((err) => out.destroy(err));
      return out;
    },

    async has(sha256) {
      if (!SHA256.test(sha256)) return false;
      return stat(pathOf(sha256)).then(
        () => true,
        () => false,
      );
    },

    close: () => writers.close(),
  };
}
