// A worker thread that writes blobs (see writer-pool.ts): it takes a put's content in parts and
// answers each part, and at the last one the blob's hash and size, or the error.
import { parentPort, workerData } from 'node:worker_threads';
import { createDiskWriter, type Writing } from './disk-writer';
import type { WriterReply, WriterRequest } from './writer-protocol';

const { root, making } = workerData as { root: string; making: SharedArrayBuffer };
const writer = createDiskWriter(root, new Int32Array(making));
const open = new Map<number, Writing>();
const port = parentPort!;

port.on('message', (m: WriterRequest) => {
  let w = open.get(m.id);
  try {
    if (m.kind === 'abort') {
      open.delete(m.id);
      if (w) writer.abort(w);
      return port.postMessage({ id: m.id, kind: 'aborted' } satisfies WriterReply);
    }
    if (!w) {
      w = writer.open(m.tmpName);
      open.set(m.id, w);
    }
    writer.append(w, m.data);
    if (!m.last) return port.postMessage({ id: m.id, kind: 'written' } satisfies WriterReply);
    open.delete(m.id);
    port.postMessage({ id: m.id, kind: 'stored', blob: writer.finish(w) } satisfies WriterReply);
  } catch (e) {
    if (w) {
      open.delete(m.id);
      try {
        writer.abort(w);
      } catch {
        // The error below is the one to report.
      }
    }
    const err = e as NodeJS.ErrnoException;
    port.postMessage({
      id: m.id,
      kind: 'failed',
      error: { message: err.message, code: err.code },
    } satisfies WriterReply);
  }
});
