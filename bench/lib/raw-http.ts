import { connect, type Socket } from 'node:net';

export type Reply = { status: number; body: string };

const HEAD_END = Buffer.from('\r\n\r\n');

/**
 * One kept-alive HTTP/1.1 connection that sends POSTs one at a time and reads each reply by its
 * Content-Length. A load generator on the cores the server uses should cost as little as it can:
 * node:http's agent, request and response objects cost it about as much CPU again as this.
 * Enough HTTP for the app's JSON replies: a chunked reply, or a connection the server closes, fails
 * the request instead of being read wrong.
 */
export class RawHttpConnection {
  private chunks: Buffer[] = [];
  private size = 0;
  private waiting?: { resolve(r: Reply): void; reject(e: Error): void };
  private failed?: Error;

  private constructor(
    private readonly socket: Socket,
    private readonly host: string,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.size += chunk.length;
      this.read();
    });
    const fail = (e: Error) => {
      this.failed ??= e;
      this.waiting?.reject(e);
      this.waiting = undefined;
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error(`connection to ${host} closed`)));
  }

  static open(url: string): Promise<RawHttpConnection> {
    const { hostname, port, host } = new URL(url);
    return new Promise((resolve, reject) => {
      const socket = connect({ host: hostname, port: Number(port) }, () => {
        socket.off('error', reject);
        resolve(new RawHttpConnection(socket, host));
      });
      socket.once('error', reject);
    });
  }

  /** POSTs `body` to `path` (headers with lower-case names, as the bench writes them). */
  post(
    path: string,
    headers: Record<string, string>,
    body: Buffer | string,
    timeoutMs = 30_000,
  ): Promise<Reply> {
    if (this.failed) return Promise.reject(this.failed);
    if (this.waiting) return Promise.reject(new Error('one request at a time on a connection'));
    const payload = typeof body === 'string' ? Buffer.from(body) : body;
    let head = `POST ${path} HTTP/1.1\r\nhost: ${this.host}\r\ncontent-length: ${payload.length}\r\n`;
    for (const [name, value] of Object.entries(headers)) head += `${name}: ${value}\r\n`;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.socket.destroy(new Error(`POST ${path} timed out`)), timeoutMs);
      this.waiting = {
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
      this.socket.cork();
      this.socket.write(`${head}\r\n`, 'latin1');
      this.socket.write(payload);
      this.socket.uncork();
    });
  }

  close() {
    this.socket.destroy();
  }

  private read() {
    if (!this.waiting) return;
    const data = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.size);
    this.chunks = [data];
    const end = data.indexOf(HEAD_END);
    if (end < 0) return;
    const head = data.toString('latin1', 0, end);
    const status = Number(head.slice(9, 12));
    const length = /\r\ncontent-length: *(\d+)/i.exec(head)?.[1];
    if (length === undefined || /\r\ntransfer-encoding:/i.test(head)) {
      const w = this.waiting;
      this.waiting = undefined;
      this.socket.destroy();
      w.reject(new Error(`reply without a content-length: ${head.slice(0, 200)}`));
      return;
    }
    const total = end + HEAD_END.length + Number(length);
    if (data.length < total) return;
    const body = data.toString('utf8', end + HEAD_END.length, total);
    const rest = data.subarray(total);
    this.chunks = rest.length ? [rest] : [];
    this.size = rest.length;
    const w = this.waiting;
    this.waiting = undefined;
    w.resolve({ status, body });
  }
}
