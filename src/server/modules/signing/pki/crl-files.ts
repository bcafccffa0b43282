import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The built-in CA's latest CRLs also live in DATA_DIR/pki, where `cuaso pdf verify` finds them without
 * the database or a running server (they are signed: where they are read from does not matter).
 * Written when the CA is created (nothing revoked yet) and whenever the server regenerates them.
 */
export const crlFile = (dataDir: string, which: 'issuing' | 'root') =>
  join(dataDir, 'pki', `crl-${which}.der`);

export async function publishCrlFiles(dataDir: string, crls: { issuing: Uint8Array; root: Uint8Array }) {
  for (const which of ['issuing', 'root'] as const) {
    const tmp = `${crlFile(dataDir, which)}.${process.pid}.tmp`;
    await writeFile(tmp, crls[which]);
    await rename(tmp, crlFile(dataDir, which));
  }
}
