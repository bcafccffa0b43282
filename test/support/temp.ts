import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/**
 * A temp dir under the system's, removed when the test process exits (node:test runs each test file
 * in a process of its own), so test runs leave nothing behind.
 */
export function tempDir(prefix: string): string {
  if (!made.length)
    process.once('exit', () => {
      for (const dir of made) rmSync(dir, { recursive: true, force: true });
    });
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
