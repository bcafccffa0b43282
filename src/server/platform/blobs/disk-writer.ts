import { createHash, type Hash } from 'node:crypto';
import {
  closeSync,
  constants,
  fdatasyncSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
  writevSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

export type StoredBlob = { sha256: string; size: number };

/** Where a blob of that hash lives: two fan-out levels of the hash's first four hex digits. */
export const blobPath = (root: string, sha256: string) =>
  join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);

/**
 * A blob being written: its temp file, and the hash and size of what was given so far. Written with
 * direct I/O (`direct`), the file holds the whole blocks of it and `tail` the rest (under a block).
 */
export type Writing = { fd: number; tmp: string; hash: Hash; size: number; direct: boolean; tail: Buffer };

/** Direct I/O moves whole blocks from block-aligned memory: 4 KiB covers 512-byte and 4 KiB devices. */
const BLOCK = 4096;
/** Linux only; elsewhere 0, and every write goes through the page cache. */
const O_DIRECT = constants.O_DIRECT ?? 0;

/**
 * Memory aligned for direct I/O: a WebAssembly memory starts on a page boundary, unlike a Buffer.
 * One per writer, reused by every put, so its pages are touched once.
 */
function alignedBuffer(bytes: number): Buffer {
  return Buffer.from(new WebAssembly.Memory({ initial: Math.ceil(bytes / 65536) }).buffer);
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

/** fsync of a directory, so a file created or renamed in it survives a power cut. */
function syncDir(dir: string) {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes blobs into `root` with synchronous calls, for a worker thread that does nothing else: a
 * put is a handful of system calls in a row instead of a dozen trips through libuv's thread pool,
 * each waking a thread and then the event loop.
 *
 * Several writers (one per worker) may share a root. `making` (shared memory, one counter) counts
 * the directories being made whose names are not yet synced: a writer that finds its directory
 * already there waits until that count is zero, because the directory may be one another writer
 * made a moment ago and is still syncing; answering before would let a power cut lose a blob the
 * caller was told is stored. Directories are new only while the fan-out fills.
 */
export function createDiskWriter(root: string, making: Int32Array, options: { direct?: boolean } = {}) {
  const tmpDir = join(root, 'tmp');
  let tmpReady = false;
  // Direct I/O until the file system refuses it (tmpfs before Linux 6.6, some network file systems).
  let direct = (options.direct ?? true) && O_DIRECT !== 0;
  let stage: Buffer | undefined;

  /** `mkdir -p dir`, then a sync of each directory that got a new name (it lives in its parent). */
  function makeDirDurably(dir: string) {
    Atomics.add(making, 0, 1);
    try {
      const created = mkdirSync(dir, { recursive: true });
      if (created) for (const parent of parentsToSync(created, dir)) syncDir(parent);
    } finally {
      if (Atomics.sub(making, 0, 1) === 1) Atomics.notify(making, 0);
    }
  }

  function waitForDirectoriesBeingMade() {
    for (let n = Atomics.load(making, 0); n > 0; n = Atomics.load(making, 0)) Atomics.wait(making, 0, n, 100);
  }

  const CREATE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL;

  function openTmp(tmp: string, flags: number): number {
    if (!tmpReady) {
      makeDirDurably(tmpDir);
      tmpReady = true;
    }
    try {
      return openSync(tmp, flags, 0o666);
    } catch (e) {
      // The temp dir was removed behind our back: make it again, once.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      makeDirDurably(tmpDir);
      return openSync(tmp, flags, 0o666);
    }
  }

  /** Every byte of `data` at the end of the file, going on from where a short write stopped. */
  function writeAll(fd: number, data: Uint8Array) {
    for (let written = 0; written < data.length; )
      written += writevSync(fd, [written ? data.subarray(written) : data]);
  }

  /**
   * Writes the whole blocks of the tail and `data` with direct I/O, through the aligned stage, and
   * keeps the rest as the new tail. Returns false when the file system refused the first direct write
   * (nothing was written then).
   */
  function appendDirect(w: Writing, data: Uint8Array): boolean {
    stage ??= alignedBuffer(1024 * 1024 + BLOCK);
    // Nothing on the file yet: a refusal now leaves nothing to undo.
    let untouched = w.size === w.tail.length;
    let filled = w.tail.copy(stage);
    for (let taken = 0; taken < data.length || filled >= BLOCK; ) {
      const n = Math.min(stage.length - filled, data.length - taken);
      stage.set(data.subarray(taken, taken + n), filled);
      taken += n;
      filled += n;
      const whole = filled - (filled % BLOCK);
      for (let done = 0; done < whole; ) {
        try {
          done += writeSync(w.fd, stage, done, whole - done);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'EINVAL' && untouched) return false;
          throw e;
        }
        untouched = false;
      }
      stage.copyWithin(0, whole, filled);
      filled -= whole;
    }
    w.tail = Buffer.from(stage.subarray(0, filled));
    return true;
  }

  return {
    open(name: string): Writing {
      const tmp = join(tmpDir, name);
      const hash = createHash('sha256');
      if (direct) {
        try {
          return { fd: openTmp(tmp, CREATE | O_DIRECT), tmp, hash, size: 0, direct, tail: Buffer.alloc(0) };
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'EINVAL') throw e;
          direct = false;
        }
      }
      return { fd: openTmp(tmp, CREATE), tmp, hash, size: 0, direct: false, tail: Buffer.alloc(0) };
    },

    /**
     * Appends `data`. With direct I/O the content goes from memory to the disk without a copy in the
     * page cache: an upload is written once and seldom read soon, and filling the cache with new
     * pages cost more CPU than the rest of the write (bench/README.md, dossier-submit).
     */
    append(w: Writing, data: Uint8Array) {
      w.hash.update(data);
      if (w.direct && !appendDirect(w, data)) {
        // The file system takes O_DIRECT at open but not these writes: this writer stops using it.
        direct = false;
        w.direct = false;
        closeSync(w.fd);
        w.fd = openSync(w.tmp, constants.O_WRONLY);
        writeAll(w.fd, w.tail);
        w.tail = Buffer.alloc(0);
      }
      if (!w.direct) writeAll(w.fd, data);
      w.size += data.length;
    },

    /**
     * Makes the content durable and names it by its hash. The content is on disk (fdatasync) before
     * the file is closed and named, and the name is synced too, so a blob the caller has
     * acknowledged, and recorded in the database, is not lost in a power cut. Same content, same
     * name: a concurrent put of identical bytes lands on an identical file.
     */
    finish(w: Writing): StoredBlob {
      if (w.tail.length) {
        // The last part of a block goes through the page cache: direct I/O writes whole blocks only.
        const fd = openSync(w.tmp, constants.O_WRONLY);
        try {
          writeSync(fd, w.tail, 0, w.tail.length, w.size - w.tail.length);
          closeSync(w.fd);
          w.fd = fd;
        } catch (e) {
          closeSync(fd);
          throw e;
        }
      }
      // fdatasync covers the file, not the descriptor: the blocks written directly, the tail, the
      // size and the device's write cache.
      fdatasyncSync(w.fd);
      closeSync(w.fd);
      w.fd = -1;
      const sha256 = w.hash.digest('hex');
      const target = blobPath(root, sha256);
      const dir = dirname(target);
      try {
        renameSync(w.tmp, target);
      } catch (e) {
        // The two-level directory usually exists already: it is made only when the rename says not.
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
        makeDirDurably(dir);
        renameSync(w.tmp, target);
      }
      waitForDirectoriesBeingMade();
      syncDir(dir);
      return { sha256, size: w.size };
    },

    /** Drops a blob that will not be finished (too large, the upload broken off, an error). */
    abort(w: Writing) {
      if (w.fd >= 0) closeSync(w.fd);
      w.fd = -1;
      rmSync(w.tmp, { force: true });
    },
  };
}

export type DiskWriter = ReturnType<typeof createDiskWriter>;
