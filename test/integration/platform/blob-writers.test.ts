import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { createDiskBlobStore } from '../../../src/server/platform/blobs';
import { blobPath, createDiskWriter } from '../../../src/server/platform/blobs/disk-writer';

/** Whether the file system of `dir` takes a direct write of one block from aligned memory. */
function takesDirectIo(dir: string): boolean {
  if (!constants.O_DIRECT) return false;
  const file = join(dir, 'direct-probe');
  try {
    const fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_DIRECT);
    try {
      writeSync(fd, Buffer.from(new WebAssembly.Memory({ initial: 1 }).buffer), 0, 4096);
      return true;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  } finally {
    rmSync(file, { force: true });
  }
}

describe('blob writers (worker threads)', () => {
  const root = mkdtempSync(join(tmpdir(), 'cuaso-writers-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  it('answers only once no other writer is still making a directory', async () => {
    const making = new Int32Array(new SharedArrayBuffer(8));
    const writer = createDiskWriter(join(root, 'shared'), making);
    const content = Buffer.from('Tờ khai đăng ký khai sinh');
    const sha = createHash('sha256').update(content).digest('hex');
    mkdirSync(join(root, 'shared', sha.slice(0, 2), sha.slice(2, 4)), { recursive: true });
    // Another writer is making a directory (the count is 1); a thread ends that a moment later and
    // records that it did (the second slot) before it lowers the count.
    making[0] = 1;
    const other = new Worker(
      `const { workerData } = require('node:worker_threads');
       const a = new Int32Array(workerData);
       Atomics.wait(a, 1, 0, 150);
       Atomics.store(a, 1, 1);
       Atomics.sub(a, 0, 1);
       Atomics.notify(a, 0);`,
      { eval: true, workerData: making.buffer },
    );
    const w = writer.open('waiting');
    writer.append(w, content);
    const stored = writer.finish(w); // blocks this thread until the count is zero
    assert.equal(Atomics.load(making, 1), 1, 'finished before the other writer was done');
    assert.equal(stored.sha256, sha);
    assert.ok(readFileSync(blobPath(join(root, 'shared'), sha)).equals(content));
    await other.terminate();
  });

  it('a put still running when the writers stop fails; a later put starts a new writer', async () => {
    const store = createDiskBlobStore(join(root, 'stopping'), 8 * 1024 * 1024);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // 1.5 MiB, so a first part (1 MiB) is written, then the source waits.
    async function* slow() {
      yield Buffer.alloc(1536 * 1024, 7);
      await held;
      yield Buffer.from('rest');
    }
    const put = store.put(slow());
    // The first part is being written once its temp file exists.
    const tmp = join(root, 'stopping', 'tmp');
    while (!existsSync(tmp) || readdirSync(tmp).length === 0)
      await new Promise((resolve) => setTimeout(resolve, 10));
    await store.close();
    release();
    await assert.rejects(put, /blob writer stopped/);
    const again = await store.put(Readable.from([Buffer.from('bản sao')]));
    assert.equal(again.size, Buffer.byteLength('bản sao'));
    assert.equal(existsSync(blobPath(join(root, 'stopping'), again.sha256)), true);
    await store.close();
  });

  it('writes many puts at once through several writers, each stored once under its hash', async () => {
    const store = createDiskBlobStore(join(root, 'many'), 1024 * 1024);
    const contents = Array.from({ length: 60 }, (_, i) => Buffer.alloc(100_000 + i, i));
    const stored = await Promise.all(contents.map((c) => store.put(Readable.from([c]))));
    for (const [i, blob] of stored.entries()) {
      assert.equal(blob.sha256, createHash('sha256').update(contents[i]!).digest('hex'));
      assert.ok(readFileSync(blobPath(join(root, 'many'), blob.sha256)).equals(contents[i]!));
    }
    assert.deepEqual(readdirSync(join(root, 'many', 'tmp')), []);
    await store.close();
  });

  // Direct I/O writes whole blocks from the writer's aligned memory and the last part of a block
  // through the page cache; sizes around the block edges, content given in uneven parts.
  for (const direct of [true, false])
    it(`stores content byte for byte across block edges and parts (direct I/O ${direct ? 'where the file system takes it' : 'off'})`, () => {
      const making = new Int32Array(new SharedArrayBuffer(4));
      const dir = join(root, direct ? 'direct' : 'buffered');
      const writer = createDiskWriter(dir, making, { direct });
      const sizes = [1, 4095, 4096, 4097, 3 * 4096 + 7, 1024 * 1024 + 4097, 2 * 1024 * 1024 + 12_345];
      for (const [n, size] of sizes.entries()) {
        const content = Buffer.alloc(size);
        for (let i = 0; i < size; i++) content[i] = (i * 31 + n) & 0xff;
        const w = writer.open(`edges-${n}`);
        if (!direct) assert.equal(w.direct, false);
        // Parts of 1, 4095, 70 000, 1 MiB + 3 bytes…, the last one whatever is left.
        const cuts = [1, 4095, 70_000, 1024 * 1024 + 3];
        for (let at = 0, c = 0; at < size; c++) {
          const take = Math.min(cuts[c % cuts.length]!, size - at);
          writer.append(w, content.subarray(at, at + take));
          at += take;
        }
        if (direct && takesDirectIo(dir)) assert.equal(w.direct, true, 'went through the page cache');
        const stored = writer.finish(w);
        assert.equal(stored.size, size);
        assert.equal(stored.sha256, createHash('sha256').update(content).digest('hex'));
        assert.ok(readFileSync(blobPath(dir, stored.sha256)).equals(content), `size ${size}`);
      }
      assert.deepEqual(readdirSync(join(dir, 'tmp')), []);
    });

  it('drops a blob written with direct I/O that is aborted half-way', () => {
    const dir = join(root, 'direct-abort');
    const writer = createDiskWriter(dir, new Int32Array(new SharedArrayBuffer(4)));
    const w = writer.open('broken-off');
    writer.append(w, Buffer.alloc(3 * 4096 + 100, 1));
    writer.abort(w);
    assert.deepEqual(readdirSync(join(dir, 'tmp')), []);
  });
});
