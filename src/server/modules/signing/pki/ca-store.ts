import type { KeyObject } from 'node:crypto';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ParsedCert, parseCertificate } from './certificate';
import { issueCrl } from './crl';
import { publishCrlFiles } from './crl-files';
import { ab } from './der';
import { createRoot, type Issuer, issueCertificate } from './issue';
import { importSigningKey, type KeySpec, nodePrivateKey, openKey, sealKey } from './keys';
import { x509 } from './x509';

/**
 * The built-in certification authority of one Cửa Số instance, for demos and tests: root (RSA-3072,
 * 20 years) → issuing CA (RSA-2048, 10 years) → officials, agency seals and the time-stamping unit.
 * It lives in `DATA_DIR/pki/ca.json`: certificates in clear, private keys sealed under the
 * key-encryption key. Created on first use; a real deployment trusts national/commercial CAs instead.
 */
export type CaMember = {
  cert: ParsedCert;
  x509: x509.X509Certificate;
  spec: KeySpec;
  /** WebCrypto key for @peculiar/x509 (certificates, CRLs). */
  signingKey: CryptoKey;
  /** node:crypto key for the hot paths (OCSP, timestamps). */
  privateKey: KeyObject;
};

export type BuiltInCa = {
  id: string;
  root: CaMember;
  issuing: CaMember;
  tsa: CaMember;
  issuer(member: 'root' | 'issuing'): Issuer;
};

type StoredMember = { certificate: string; key: string; spec: KeySpec };
type CaFile = {
  version: 1;
  id: string;
  createdAt: string;
  root: StoredMember;
  issuing: StoredMember;
  tsa: StoredMember;
};

const FILE = 'ca.json';
const loaded = new Map<string, Promise<BuiltInCa>>();

export const caPath = (dataDir: string) => join(dataDir, 'pki', FILE);
export const hasBuiltInCa = (dataDir: string) => existsSync(caPath(dataDir));

/** The instance's CA, created under `dataDir` on first use; one load per process and directory. */
export function getBuiltInCa(options: {
  dataDir: string;
  kek: Buffer;
  publicUrl: string;
}): Promise<BuiltInCa> {
  const key = options.dataDir;
  let ca = loaded.get(key);
  if (!ca) {
    ca = loadOrCreate(options);
    ca.catch(() => loaded.delete(key));
    loaded.set(key, ca);
  }
  return ca;
}

async function loadOrCreate(options: {
  dataDir: string;
  kek: Buffer;
  publicUrl: string;
}): Promise<BuiltInCa> {
  const path = caPath(options.dataDir);
  const created = !existsSync(path) && (await create(options));
  const file = JSON.parse(await readFile(path, 'utf8')) as CaFile;
  const ca = await open(file, options.kek);
  if (created)
    await publishCrlFiles(options.dataDir, {
      issuing: await issueCrl(ca.issuing, []),
      root: await issueCrl(ca.root, []),
    });
  return ca;
}

/** Creates the CA files; true when this process's CA is the one on disk (another may have won the race). */
async function create(options: { dataDir: string; kek: Buffer; publicUrl: string }): Promise<boolean> {
  const id = randomBytes(4).toString('hex').toUpperCase();
  const org = 'Cửa Số – hạ tầng khóa công khai thử nghiệm';
  const root = await createRoot(
    { commonName: 'Cửa Số Demo Root CA – CA gốc thử nghiệm', organization: org, serialNumber: id },
    'RSA-3072',
  );
  const rootIssuer: Issuer = {
    cert: new x509.X509Certificate(ab(root.certificate)),
    key: root.key.keys.privateKey,
    spec: 'RSA-3072',
  };
  const issuing = await issueCertificate(rootIssuer, {
    profile: 'issuing-ca',
    subject: {
      commonName: 'Cửa Số Demo Issuing CA – CA cấp chứng thư thử nghiệm',
      organization: org,
      serialNumber: id,
    },
    keySpec: 'RSA-2048',
    publicUrl: options.publicUrl,
  });
  const issuingIssuer: Issuer = {
    cert: new x509.X509Certificate(ab(issuing.certificate)),
    key: issuing.key.keys.privateKey,
    spec: 'RSA-2048',
  };
  const tsa = await issueCertificate(issuingIssuer, {
    profile: 'tsa',
    subject: {
      commonName: 'Cửa Số Demo TSA – Dịch vụ cấp dấu thời gian thử nghiệm',
      organization: org,
      serialNumber: id,
    },
    keySpec: 'RSA-2048',
    publicUrl: options.publicUrl,
  });
  const member = (certificate: Uint8Array, pkcs8: Uint8Array, spec: KeySpec, name: string): StoredMember => ({
    certificate: Buffer.from(certificate).toString('base64'),
    key: sealKey(options.kek, pkcs8, `pki-ca:${id}:${name}`),
    spec,
  });
  const file: CaFile = {
    version: 1,
    id,
    createdAt: new Date().toISOString(),
    root: member(root.certificate, root.key.pkcs8, 'RSA-3072', 'root'),
    issuing: member(issuing.certificate, issuing.key.pkcs8, 'RSA-2048', 'issuing'),
    tsa: member(tsa.certificate, tsa.key.pkcs8, 'RSA-2048', 'tsa'),
  };
  const dir = join(options.dataDir, 'pki');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const tmp = join(dir, `${FILE}.${process.pid}.${randomBytes(4).toString('hex')}`);
  await writeFile(tmp, JSON.stringify(file, null, 2), { mode: 0o600 });
  // link() fails when the file exists: of two processes creating at once, the first one wins and
  // the other reads the winner's CA.
  const won = await link(tmp, caPath(options.dataDir)).then(
    () => true,
    (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e;
      return false;
    },
  );
  await rm(tmp, { force: true });
  return won;
}

async function open(file: CaFile, kek: Buffer): Promise<BuiltInCa> {
  const member = async (stored: StoredMember, name: string): Promise<CaMember> => {
    const der = new Uint8Array(Buffer.from(stored.certificate, 'base64'));
    const pkcs8 = openKey(kek, stored.key, `pki-ca:${file.id}:${name}`);
    return {
      cert: parseCertificate(der),
      x509: new x509.X509Certificate(ab(der)),
      spec: stored.spec,
      signingKey: await importSigningKey(pkcs8, stored.spec),
      privateKey: nodePrivateKey(pkcs8),
    };
  };
  let root: CaMember;
  try {
    root = await member(file.root, 'root');
  } catch {
    throw new Error(
      'the built-in CA under DATA_DIR/pki cannot be opened with this KEY_ENCRYPTION_KEY (was it created with another key?)',
    );
  }
  const issuing = await member(file.issuing, 'issuing');
  const tsa = await member(file.tsa, 'tsa');
  return {
    id: file.id,
    root,
    issuing,
    tsa,
    issuer(which) {
      const m = which === 'root' ? root : issuing;
      return { cert: m.x509, key: m.signingKey, spec: m.spec };
    },
  };
}
