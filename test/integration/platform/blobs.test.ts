import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { after, describe, it } from 'node:test';
import { BlobIntegrityError, createDiskBlobStore, parentsToSync } from '../../../src/server/platform/blobs';

describe('blob store on disk', () => {
  const root = mkdtempSync(join(tmpdir(), 'cuaso-blobs-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const store = createDiskBlobStore(root, 1024);

  it('stores content by its sha256 and reads it back verified', async () => {
    const content = 'Giấy khai sinh — Nguyễn Thị Ánh';
    const stored = await store.put(Readable.from([Buffer.from(content)]));
    assert.equal(stored.sha256, createHash('sha256').update(content).digest('hex'));
    assert.equal(stored.size, Buffer.byteLength(content));
    assert.equal(await text(await store.get(stored.sha256)), content);
    assert.equal(await store.has(stored.sha256), true);
    const again = await store.put(Readable.from([Buffer.from(content)]));
    assert.deepEqual(again, stored);
  });

  it('stores content larger than one write batch, in many chunks, byte for byte', async () => {
    // 2.5 MiB in 64 kB chunks: written in several batches, each one writev.
    const chunks = Array.from({ length: 40 }, (_, i) => Buffer.alloc(64 * 1024, i));
    const whole = Buffer.concat(chunks);
    const stored = await store.put(Readable.from(chunks), { maxBytes: whole.length });
    assert.equal(stored.size, whole.length);
    assert.equal(stored.sha256, createHash('sha256').update(whole).digest('hex'));
    const back = Buffer.concat(await (await store.get(stored.sha256)).toArray());
    assert.ok(back.equals(whole));
    assert.deepEqual(readdirSync(join(root, 'tmp')), []);
  });

  it('refuses empty and oversized content and leaves nothing behind', async () => {
    await assert.rejects(store.put(Readable.from([Buffer.alloc(0)])), /empty/);
    await assert.rejects(store.put(Readable.from([Buffer.alloc(600), Buffer.alloc(600)])), /too large/);
    // Past a first batch already on disk: the temp file goes too.
    const big = Array.from({ length: 20 }, () => Buffer.alloc(64 * 1024, 1));
    await assert.rejects(store.put(Readable.from(big), { maxBytes: 1024 * 1024 + 10 }), /too large/);
    assert.deepEqual(readdirSync(join(root, 'tmp')), []);
  });

  it('detects a file altered on disk', async () => {
    const stored = await store.put(Readable.from([Buffer.from('bản chính')]));
    writeFileSync(join(root, stored.sha256.slice(0, 2), stored.sha256.slice(2, 4), stored.sha256), 'bản sửa');
    await assert.rejects(text(await store.get(stored.sha256)), BlobIntegrityError);
  });

  it('syncs the parent of every directory it makes, so a new directory survives a power cut', () => {
    // Both fan-out levels new: the root gets the first name, the first level the second.
    assert.deepEqual(parentsToSync('/d/blobs/ab', '/d/blobs/ab/cd'), ['/d/blobs', '/d/blobs/ab']);
    // Only the second level new: its parent alone (the leaf is synced for the file's name anyway).
    assert.deepEqual(parentsToSync('/d/blobs/ab/cd', '/d/blobs/ab/cd'), ['/d/blobs/ab']);
    // A fresh data dir: the store's root is new too, and the data dir gets its name.
    assert.deepEqual(parentsToSync('/d/blobs', '/d/blobs/tmp'), ['/d', '/d/blobs']);
  });

  it('stores concurrent puts into a fresh store, each readable', async () => {
    const fresh = createDiskBlobStore(join(root, 'fresh', 'blobs'), 1024);
    const contents = Array.from({ length: 40 }, (_, i) => `hồ sơ số ${i}`);
    const stored = await Promise.all(contents.map((c) => fresh.put(Readable.from([Buffer.from(c)]))));
    for (const [i, blob] of stored.entries())
      assert.equal(await text(await fresh.get(blob.sha256)), contents[i]);
  });

  it('answers not found for unknown or malformed ids', async () => {
    await assert.rejects(store.get('0'.repeat(64)), /Not found/);
    await assert.rejects(store.get('../../etc/passwd'), /Not found/);
  });
});
