import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors';
import type { StoredBlob } from './disk-writer';
import type { WriterReply, WriterRequest } from './writer-protocol';

/** Content is sent to a writer in parts of up to this size; a typical scan is one part. */
const PART_BYTES = 1024 * 1024;

type Waiting = { resolve: (reply: WriterReply) => void; reject: (err: Error) => void };
type Slot = { worker: Worker; waiting: Map<number, Waiting>; gone: boolean };

/**
 * A worker running the writer. Built: dist/server/chunk-*.js beside dist/server/blob-writer.worker.js.
 * From source (tsx): Node 20 does not hand `--import tsx` on to a worker's entry, so a two-line
 * bootstrap registers tsx in the worker and loads the TypeScript file.
 */
function startWorker(workerData: Record<string, unknown>): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./blob-writer.worker.js', import.meta.url), { workerData });
  const entry = fileURLToPath(new URL('./blob-writer.worker.ts', import.meta.url));
  const bootstrap = `require('tsx/cjs/api').register();\nrequire(${JSON.stringify(entry)});`;
  return new Worker(bootstrap, { eval: true, workerData, execArgv: [] });
}

/**
 * The blob writers: worker threads that write uploads to disk (disk-writer.ts), so the event loop
 * that serves requests only hands each put over and takes the answer. Storing a 200 kB scan on the
 * event loop was a dozen file operations through libuv's thread pool plus hashing, a tenth of the
 * loop's busy time under a load of uploads. Workers start on the first put, one more while all are
 * busy, up to `size`; a worker holds the process open only while it has work.
 */
export function createWriterPool(root: string, size = 2) {
  const making = new SharedArrayBuffer(4);
  const slots: Slot[] = [];
  let nextId = 1;

  function spawn(): Slot {
    const worker = startWorker({ root, making });
    worker.unref();
    const slot: Slot = { worker, waiting: new Map(), gone: false };
    worker.on('message', (reply: WriterReply) => {
      const waiting = slot.waiting.get(reply.id);
      if (!waiting) return;
      slot.waiting.delete(reply.id);
      if (!slot.waiting.size) worker.unref();
      waiting.resolve(reply);
    });
    const lose = (err: Error) => {
      if (slot.gone) return;
      slot.gone = true;
      slots.splice(slots.indexOf(slot), 1);
      for (const waiting of slot.waiting.values()) waiting.reject(err);
      slot.waiting.clear();
    };
    worker.on('error', lose);
    worker.on('exit', (code) => lose(new Error(`the blob writer stopped (exit code ${code})`)));
    slots.push(slot);
    return slot;
  }

  function pick(): Slot {
    const idle = slots.find((s) => s.waiting.size === 0);
    if (idle) return idle;
    if (slots.length < size) return spawn();
    return slots.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
  }

  function ask(slot: Slot, request: WriterRequest): Promise<WriterReply> {
    if (slot.gone) return Promise.reject(new Error('the blob writer stopped'));
    return new Promise((resolve, reject) => {
      slot.waiting.set(request.id, { resolve, reject });
      if (slot.waiting.size === 1) slot.worker.ref();
      // A part's own buffer moves to the worker: no second copy.
      slot.worker.postMessage(request, request.kind === 'part' ? [request.data.buffer as ArrayBuffer] : []);
    });
  }

  return {
    async put(source: AsyncIterable<Buffer | string>, maxBytes: number): Promise<StoredBlob> {
      // The writer is chosen when the first part is ready, not when the upload starts: the slow part
      // of an upload is the network, and a writer is busy only from the first part on.
      let slot: Slot | undefined;
      const id = nextId++;
      const tmpName = randomUUID();
      let parts: Buffer[] = [];
      let partBytes = 0;
      let size = 0;
      const send = async (last: boolean) => {
        const data = Buffer.allocUnsafeSlow(partBytes); // its own ArrayBuffer, so it can be moved
        let at = 0;
        for (const p of parts) at += p.copy(data, at);
        parts = [];
        partBytes = 0;
        slot ??= pick();
        const reply = await ask(slot, { id, kind: 'part', tmpName, data, last });
        if (reply.kind === 'failed')
          throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
        return reply;
      };
      try {
        for await (const chunk of source) {
          const data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
          size += data.length;
          if (size > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE');
          parts.push(data);
          partBytes += data.length;
          if (partBytes >= PART_BYTES) await send(false);
        }
        if (size === 0)
          throw new AppError('VALIDATION_FAILED', {
            vi: 'Tệp rỗng (0 byte).',
            en: 'The file is empty (0 bytes).',
          });
        const reply = await send(true);
        if (reply.kind !== 'stored') throw new Error('the blob writer answered out of turn');
        return reply.blob;
      } catch (e) {
        // A stream not read to its end yet (the loop stops it; an error before the loop does not).
        (source as Partial<Readable>).destroy?.();
        // Parts already written go with their temp file before the caller hears of the failure (a
        // writer that failed has dropped it already; then this finds nothing to drop).
        if (slot) await ask(slot, { id, kind: 'abort' }).catch(() => {});
        throw e;
      }
    },

    /** Stops the writers; puts still running fail. */
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
