import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export type SigningJwks = { keys: Record<string, unknown>[] };

/**
 * The sandbox provider's signing key, generated at first use and kept in the data directory, so
 * ID tokens stay verifiable across restarts (and by every process sharing the directory).
 */
export async function loadSandboxJwks(dataDir: string): Promise<SigningJwks> {
  const dir = join(dataDir, 'eid-sandbox');
  const file = join(dir, 'jwks.json');
  const existing = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
  if (existing) return JSON.parse(existing) as SigningJwks;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwks: SigningJwks = {
    keys: [{ ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' }],
  };
  await mkdir(dir, { recursive: true, mode: 0o700 });
  try {
    // 'wx': a process that lost the race reads the winner's key instead of replacing it.
    await writeFile(file, JSON.stringify(jwks), { flag: 'wx', mode: 0o600 });
    return jwks;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    return JSON.parse(await readFile(file, 'utf8')) as SigningJwks;
  }
}
