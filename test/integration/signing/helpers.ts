import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localKeySigner, type Signer } from '../../../src/server/modules/signing/pades/signer';
import { type BuiltInCa, getBuiltInCa } from '../../../src/server/modules/signing/pki/ca-store';
import { toPem } from '../../../src/server/modules/signing/pki/certificate';
import { type IssueOptions, issueCertificate } from '../../../src/server/modules/signing/pki/issue';
import { nodePrivateKey } from '../../../src/server/modules/signing/pki/keys';
import { createPdfDocument, drawNationalHeader } from '../../../src/server/platform/pdf';
import { isInstalled, runTool } from '../../../src/server/platform/pdf/external-tools';
import { tempDir as removedOnExit } from '../../support/temp';

export const DEMO_KEK = Buffer.alloc(32, 7);
export const hasPoppler = isInstalled('pdfsig');
export const hasQpdf = isInstalled('qpdf');
export const hasOpenssl = spawnSync('openssl', ['version']).error === undefined;
export const hasCertutil = (() => {
  try {
    return isInstalled('certutil');
  } catch {
    return false;
  }
})();

export function tempDir(prefix = 'cuaso-signing-') {
  return removedOnExit(prefix);
}

/** A fresh built-in CA in its own DATA_DIR (one per test file: about a second). */
export async function freshCa(publicUrl = 'http://127.0.0.1:9') {
  const dataDir = tempDir();
  const ca = await getBuiltInCa({ dataDir, kek: DEMO_KEK, publicUrl });
  return { ca, dataDir, publicUrl };
}

export async function issuedSigner(
  ca: BuiltInCa,
  options: Partial<IssueOptions> & { commonName?: string } = {},
): Promise<{ signer: Signer; certificate: Uint8Array; serialHex: string; pkcs8: Uint8Array }> {
  const issued = await issueCertificate(ca.issuer('issuing'), {
    profile: 'official',
    keySpec: 'RSA-2048',
    publicUrl: 'http://127.0.0.1:9',
    subject: {
      commonName: options.commonName ?? 'Lê Quang Hưng',
      organization: 'Ủy ban nhân dân phường Hàm Rồng',
    },
    ...options,
  });
  return {
    signer: localKeySigner({
      certificate: issued.certificate,
      chain: [ca.issuing.cert.der],
      privateKey: nodePrivateKey(issued.key.pkcs8),
    }),
    certificate: issued.certificate,
    serialHex: issued.serialHex,
    pkcs8: issued.key.pkcs8,
  };
}

/** An official decision of a commune, rendered with the platform's ND 30 header. */
export async function officialPdf(title = 'QUYẾT ĐỊNH'): Promise<Uint8Array> {
  const b = await createPdfDocument({
    title,
    lang: 'vi',
    fontFamily: 'serif',
    creationDate: new Date('2026-11-27T02:00:00Z'),
  });
  drawNationalHeader(b, {
    agencyParent: 'Ủy ban nhân dân tỉnh Thanh Hóa',
    agencyName: 'Ủy ban nhân dân phường Hàm Rồng',
    documentNumber: '12/QĐ-UBND',
    place: 'Hàm Rồng',
    date: '2026-11-27',
  });
  b.text(title, { bold: true, align: 'center', size: 14 });
  b.text('Về việc cấp bản sao trích lục khai sinh cho công dân Nguyễn Văn An.', {
    align: 'center',
    italic: true,
  });
  b.text('Điều 1. Cấp bản sao trích lục khai sinh cho ông Nguyễn Văn Ân, sinh ngày 15 tháng 3 năm 1990.', {
    indent: 10,
  });
  return b.save();
}

export function writeTemp(dir: string, name: string, bytes: Uint8Array | string) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** `pdf` encrypted by qpdf (AES-256, user and owner passwords): a file signing and verifying refuse. Needs qpdf. */
export async function encryptedPdf(pdf: Uint8Array): Promise<Uint8Array> {
  const dir = tempDir();
  const out = join(dir, 'enc.pdf');
  await runTool('qpdf', ['--encrypt', 'u', 'o', '256', '--', writeTemp(dir, 'plain.pdf', pdf), out]);
  return new Uint8Array(readFileSync(out));
}

/** An NSS database trusting `rootDer` for pdfsig (`pdfsig -nssdir sql:<dir>`). */
export async function nssDbTrusting(rootDer: Uint8Array): Promise<string> {
  const dir = tempDir('cuaso-nss-');
  mkdirSync(dir, { recursive: true });
  const root = writeTemp(dir, 'root.pem', toPem(rootDer));
  const init = await runTool('certutil', ['-N', '-d', `sql:${dir}`, '--empty-password']);
  if (init.code !== 0) throw new Error(`certutil -N: ${init.stderr}`);
  const add = await runTool('certutil', [
    '-A',
    '-d',
    `sql:${dir}`,
    '-n',
    `root-${randomBytes(3).toString('hex')}`,
    '-t',
    'C,C,C',
    '-i',
    root,
  ]);
  if (add.code !== 0) throw new Error(`certutil -A: ${add.stderr}`);
  return dir;
}

export type PdfsigSignature = { field: string; valid: boolean; trusted: boolean; text: string };

/** pdfsig's verdict per signature (poppler reads the file with its own parser and NSS). */
export async function pdfsig(
  file: string,
  nssDir: string,
  extra: string[] = ['-no-ocsp'],
): Promise<PdfsigSignature[]> {
  const r = await runTool('pdfsig', ['-nssdir', `sql:${nssDir}`, ...extra, file]);
  return r.stdout
    .split(/^Signature #\d+:/m)
    .slice(1)
    .map((text) => ({
      field: /Signature Field Name: (.*)/.exec(text)?.[1]?.trim() ?? '',
      valid: /Signature Validation: Signature is Valid\./.test(text),
      trusted: /Certificate Validation: Certificate is Trusted\./.test(text),
      text,
    }));
}

export async function qpdfCheck(file: string) {
  return runTool('qpdf', ['--check', file]);
}

export { runTool };
