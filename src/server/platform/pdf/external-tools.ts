import { spawn, spawnSync } from 'node:child_process';

// Test support only: poppler-utils and qpdf are independent readers of what we write.

export interface ToolResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function isInstalled(binary: string): boolean {
  return spawnSync(binary, ['-v']).error === undefined;
}

export function runTool(binary: string, args: string[]): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}
