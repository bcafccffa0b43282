import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where one-time codes to a phone go. A carrier gateway implements the same interface. */
export interface SmsSender {
  readonly kind: string;
  send(phone: string, text: string): Promise<void>;
}

/** Development and demo: each message is a text file under DATA_DIR/sms, like mail under DATA_DIR/mail. */
export function createFileSmsSender(dataDir: string): SmsSender {
  const dir = join(dataDir, 'sms');
  return {
    kind: 'file',
    async send(phone, text) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${phone}.txt`),
        `To: ${phone}\n\n${text}\n`,
      );
    },
  };
}
