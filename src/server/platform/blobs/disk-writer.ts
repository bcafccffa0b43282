import { createHash, type Hash } from 'node:crypto';
import {
  closeSync,
  fdatasyncSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writevSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

export type StoredBlob = { sha256: string; size: number };

/** Where a blob of that hash lives: two fan-out levels of the hash's first four hex digits. */
export const blobPath = (root: string, sha256: string) =>
  join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);

/** A blob being written: its temp file, and the hash and size of what was written so far. */
export type Writing = { fd: number; tmp: string; hash: Hash; size: number };

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
export function createDiskWriter(root: string, making: Int32Array) {
  const tmpDir = join(root, 'tmp');
  let tmpReady = false;

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

  function openTmp(name: string): number {
    const tmp = join(tmpDir, name);
    if (!tmpReady) {
      makeDirDurably(tmpDir);
      tmpReady = true;
    }
    try {
      return openSync(tmp, 'wx');
    } catch (e) {
      // The temp dir was removed behind our back: make it again, once.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      makeDirDurably(tmpDir);
      return openSync(tmp, 'wx');
    }
  }

  return {
    open(name: string): Writing {
      return { fd: openTmp(name), tmp: join(tmpDir, name), hash: createHash('sha256'), size: 0 };
    },

    /** Appends `data`, going on from where a short write stopped. */
    append(w: Writing, data: Uint8Array) {
      w.hash.update(data);
      for (let written = 0; written < data.length; )
        written += writevSync(w.fd, [written ? data.subarray(written) : data]);
      w.size += data.length;
    },

    /**
     * Makes the content durable and names it by its hash. The content is on disk (fdatasync) before
     * the file is closed and named, and the name is synced too, so a blob the caller has
     * acknowledged, and recorded in the database, is not lost in a power cut. Same content, same
     * name: a concurrent put of identical bytes lands on an identical file.
     */
    finish(w: Writing): StoredBlob {
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
