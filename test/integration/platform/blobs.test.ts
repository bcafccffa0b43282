import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { after, describe, it } from 'node:test';
import { BlobIntegrityError, createDiskBlobStore } from '../../../src/server/platform/blobs';

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

  it('refuses empty and oversized content and leaves nothing behind', async () => {
    await assert.rejects(store.put(Readable.from([Buffer.alloc(0)])), /empty/);
    await assert.rejects(store.put(Readable.from([Buffer.alloc(600), Buffer.alloc(600)])), /too large/);
  });

  it('detects a file altered on disk', async () => {
    const stored = await store.put(Readable.from([Buffer.from('bản chính')]));
    writeFileSync(join(root, stored.sha256.slice(0, 2), stored.sha256.slice(2, 4), stored.sha256), 'bản sửa');
    await assert.rejects(text(await store.get(stored.sha256)), BlobIntegrityError);
  });

  it('answers not found for unknown or malformed ids', async () => {
    await assert.rejects(store.get('0'.repeat(64)), /Not found/);
    await assert.rejects(store.get('../../etc/passwd'), /Not found/);
  });
});
