import { connect } from 'node:net';
import type { Readable } from 'node:stream';

export type ScanResult =
  | { infected: false; scanner: string }
  | { infected: true; scanner: string; signature: string };

/** The hook every stored upload passes through; ClamAV's clamd or another engine implements it. */
export interface VirusScanner {
  readonly name: string;
  scan(sha256: string, open: () => Promise<Readable>): Promise<ScanResult>;
}

/** Used when no scanner is configured: records that the file was not scanned. */
export const noScanner: VirusScanner = {
  name: 'none',
  async scan() {
    return { infected: false, scanner: 'none' };
  },
};

/**
 * clamd's INSTREAM command over TCP: `zINSTREAM\0`, then chunks each prefixed by a 4-byte big-endian
 * length, then a zero-length chunk; clamd answers `stream: OK` or `stream: <name> FOUND`.
 */
export function clamdScanner(host: string, port: number, timeoutMs = 30_000): VirusScanner {
  return {
    name: `clamd@${host}:${port}`,
    async scan(_sha256, open) {
      const content = await open();
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect({ host, port });
        const timer = setTimeout(() => socket.destroy(new Error('clamd timed out')), timeoutMs);
        let reply = '';
        socket.on('data', (d) => {
          reply += d.toString('utf8');
        });
        socket.on('end', () => {
          clearTimeout(timer);
          resolve(reply.replace(/\0/g, '').trim());
        });
        socket.on('error', (e) => {
          clearTimeout(timer);
          reject(e);
        });
        socket.on('connect', async () => {
          socket.write('zINSTREAM\0');
          try {
            for await (const chunk of content) {
              const len = Buffer.alloc(4);
              len.writeUInt32BE((chunk as Buffer).length);
              socket.write(len);
              socket.write(chunk);
            }
            socket.end(Buffer.alloc(4));
          } catch (e) {
            socket.destroy(e as Error);
          }
        });
      });
      const found = /^stream: (.+) FOUND$/.exec(answer);
      if (found) return { infected: true, scanner: this.name, signature: found[1]! };
      if (answer !== 'stream: OK') throw new Error(`clamd answered: ${answer}`);
      return { infected: false, scanner: this.name };
    },
  };
}
