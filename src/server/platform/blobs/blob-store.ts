import { createHash, randomUUID, webcrypto } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { type FileHandle, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PassThrough, type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../errors';

export type StoredBlob = { sha256: string; size: number };

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
}

const SHA256 = /^[0-9a-f]{64}$/;

export class BlobIntegrityError extends Error {}

const WRITE_BATCH_BYTES = 1024 * 1024;

/** The hex sha256 of `chunks`, computed on libuv's thread pool (WebCrypto digests run there). */
async function sha256Off(chunks: Buffer[]): Promise<string> {
  const whole = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  return Buffer.from(await webcrypto.subtle.digest('SHA-256', whole)).toString('hex');
}

/** Writes `total` bytes of `chunks` with writev, going on from where a short write stopped. */
async function writeAll(file: FileHandle, chunks: Buffer[], total: number) {
  for (let written = 0; written < total; ) {
    const { bytesWritten } = await file.writev(written ? remainder(chunks, written) : chunks);
    written += bytesWritten;
  }
}

/** What is left of `chunks` after its first `offset` bytes (after a short write). */
function remainder(chunks: Buffer[], offset: number): Buffer[] {
  const out: Buffer[] = [];
  let skip = offset;
  for (const c of chunks) {
    if (skip >= c.length) skip -= c.length;
    else {
      out.push(skip ? c.subarray(skip) : c);
      skip = 0;
    }
  }
  return out;
}

/** fsync of a directory, so a file created or renamed in it survives a power cut. */
async function syncDir(dir: string) {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * The directories whose entries changed when `mkdir -p leaf` made `created` (its first new
 * directory) and everything below it down to `leaf`: the parent of `created` and each new directory
 * above the leaf. The leaf's own entries are the caller's to sync.
 */
export function parentsToSync(created: string, leaf: string): string[] {
  const dirs = [dirname(created)];
  for (let dir = leaf; dir !== created && dir !== dirname(dir); ) {
    dir = dirname(dir);
    dirs.push(dir);
  }
  return dirs;
}

/**
 * `mkdir -p dir`, then a sync of each directory that got a new name: a new directory's name lives in
 * its parent, and without that sync a power cut can lose the directory, and the files in it, after the
 * caller was told they are stored.
 */
async function makeDirDurably(dir: string) {
  const created = await mkdir(dir, { recursive: true });
  if (created) for (const parent of parentsToSync(created, dir)) await syncDir(parent);
}

export function createDiskBlobStore(root: string, defaultMaxBytes: number): BlobStore {
  const pathOf = (sha: string) => join(root, sha.slice(0, 2), sha.slice(2, 4), sha);
  const tmpDir = join(root, 'tmp');
  let tmpReady: Promise<unknown> | undefined;
  // Directories being made, until their names are synced. A put waits for all of them before it
  // answers: its directory, or the first-level one above it, may be one another put made a moment
  // ago and is still syncing. Directories are new only while the fan-out fills, so this is rarely
  // a wait.
  const making = new Map<string, Promise<void>>();
  const makeDir = (dir: string) => {
    let made = making.get(dir);
    if (!made) {
      made = makeDirDurably(dir).finally(() => making.delete(dir));
      making.set(dir, made);
    }
    return made;
  };

  return {
    async put(source, options = {}) {
      const maxBytes = options.maxBytes ?? defaultMaxBytes;
      tmpReady ??= makeDirDurably(tmpDir).catch((e) => {
        tmpReady = undefined; // try again on the next put
        throw e;
      });
      await tmpReady;
      const tmp = join(tmpDir, randomUUID());
      const hash = createHash('sha256');
      let size = 0;
      let sha256 = '';
      let file: FileHandle | undefined;
      // Chunks are gathered and written WRITE_BATCH_BYTES at a time with one writev: a typical scan
      // (a few hundred kB) is one open, one write, one fsync and one close.
      let batch: Buffer[] = [];
      let batchBytes = 0;
      const flush = async () => {
        file ??= await open(tmp, 'w');
        const [chunks, total] = [batch, batchBytes];
        batch = [];
        batchBytes = 0;
        await writeAll(file, chunks, total);
      };
      try {
        for await (const data of source) {
          const chunk = typeof data === 'string' ? Buffer.from(data) : data;
          size += chunk.length;
          if (size > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE');
          batch.push(chunk);
          batchBytes += chunk.length;
          if (batchBytes >= WRITE_BATCH_BYTES) {
            for (const c of batch) hash.update(c);
            await flush();
          }
        }
        if (size > 0) {
          // Content that fits one batch (most papers) is hashed on the thread pool while it is
          // written, not on the event loop: sha256 of a 200 kB scan is ~0.1 ms of the loop's time.
          const digest = file
            ? Promise.resolve(batch.reduce((h, c) => h.update(c), hash).digest('hex'))
            : sha256Off(batch);
          [sha256] = await Promise.all([
            digest,
            (async () => {
              await flush();
              // The content is on disk (fsync) before the file is closed and named, so an upload the
              // caller has acknowledged, and recorded in the database, is not lost in a power cut.
              await file!.datasync();
            })(),
          ]);
        }
      } catch (e) {
        // The temp dir was removed behind our back: make it again on the next put.
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') tmpReady = undefined;
        // A stream not read to its end yet (the loop stops it; an error before the loop does not).
        (source as Partial<Readable>).destroy?.();
        await file?.close().catch(() => {});
        await rm(tmp, { force: true });
        throw e;
      }
      await file?.close();
      if (size === 0)
        throw new AppError('VALIDATION_FAILED', {
          vi: 'Tệp rỗng (0 byte).',
          en: 'The file is empty (0 bytes).',
        });
      const target = pathOf(sha256);
      // Same content, same name: a concurrent put of identical bytes lands on an identical file.
      // The two-level directory usually exists already: it is made only when the rename says not.
      const dir = dirname(target);
      await rename(tmp, target).catch(async (e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
        await makeDir(dir);
        await rename(tmp, target);
      });
      if (making.size) await Promise.all(making.values());
      await syncDir(dir); // the new name itself must be durable too
      return { sha256, size };
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
  };
}
