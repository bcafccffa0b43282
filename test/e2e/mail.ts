import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';

// The e2e server runs with DATA_DIR=.tmp/e2e-data and no SMTP_URL: every mail is an .eml file there.
const MAIL_DIR = fileURLToPath(new URL('../../.tmp/e2e-data/mail', import.meta.url));

/** Undoes quoted-printable: soft line breaks and =XX bytes (UTF-8). */
function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i] ?? ''));
  }
  return Buffer.from(bytes).toString('utf8');
}

function newestMailTo(address: string): string | null {
  let files: string[];
  try {
    files = readdirSync(MAIL_DIR).filter((f) => f.endsWith('.eml'));
  } catch {
    return null;
  }
  const mine = files
    .map((f) => join(MAIL_DIR, f))
    .filter((path) =>
      new RegExp(`^To: ${address.replace(/[.+]/g, '\\$&')}\\r?$`, 'mi').test(readFileSync(path, 'utf8')),
    )
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return mine[0] ?? null;
}

/** The one-time code in the newest e-mail to `address` (delivery goes through the outbox, so it waits). */
export async function readMailedCode(address: string): Promise<string> {
  let code: string | null = null;
  await expect
    .poll(
      () => {
        const path = newestMailTo(address);
        const match = path
          ? /verification code is (\d{6})/.exec(decodeQuotedPrintable(readFileSync(path, 'utf8')))
          : null;
        code = match?.[1] ?? null;
        return code;
      },
      { timeout: 20_000, message: `an e-mail with a code to ${address}` },
    )
    .not.toBeNull();
  return code as unknown as string;
}
