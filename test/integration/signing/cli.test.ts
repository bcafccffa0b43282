import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import {
  hasCertutil,
  hasOpenssl,
  hasPoppler,
  hasQpdf,
  nssDbTrusting,
  officialPdf,
  pdfsig,
  runTool,
  tempDir,
} from './helpers';

const ROOT = join(import.meta.dirname, '../../..');
/** Each `npx cuaso` starts Node with tsx and the module graph: seconds each, more on a busy machine. */
const CLI_TIMEOUT = 300_000;

/** `npx cuaso …` as an operator runs it: from the project root, DATA_DIR selecting the instance. */
function cuaso(args: string[], dataDir: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/cuaso.mjs'), ...args], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATA_DIR: dataDir,
        NODE_ENV: 'development',
        LOG_LEVEL: 'warn',
      },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('the command line: pki export-root, pki demo-cert, pdf sign, pdf verify', () => {
  const dir = tempDir('cuaso-cli-');
  const dataDir = join(dir, 'data');
  const p = (name: string) => join(dir, name);

  before(async () => {
    writeFileSync(p('a.pdf'), await officialPdf());
  });

  it('exports the root and issues demo certificates as PKCS#12 for an official and a seal', {
    timeout: CLI_TIMEOUT,
  }, async () => {
    const root = await cuaso(['pki', 'export-root', '--out', p('root.pem')], dataDir);
    assert.equal(root.code, 0, root.out);
    assert.match(readFileSync(p('root.pem'), 'utf8'), /^-----BEGIN CERTIFICATE-----\n/);
    const official = await cuaso(
      [
        'pki',
        'demo-cert',
        '--name',
        'Lê Quang Hưng',
        '--org',
        'Ủy ban nhân dân phường Hàm Rồng',
        '--out',
        p('hung.p12'),
        '--password',
        'Mk@2026',
      ],
      dataDir,
    );
    assert.equal(official.code, 0, official.out);
    const seal = await cuaso(
      [
        'pki',
        'demo-cert',
        '--name',
        'Ủy ban nhân dân phường Hàm Rồng',
        '--seal',
        '--org-id',
        '000.31.21.H56',
        '--key',
        'ECDSA-P256',
        '--out',
        p('seal.p12'),
        '--password',
        'Mk@2026',
      ],
      dataDir,
    );
    assert.equal(seal.code, 0, seal.out);
    const info = await runTool('openssl', [
      'pkcs12',
      '-in',
      p('hung.p12'),
      '-passin',
      'pass:Mk@2026',
      '-nokeys',
      '-clcerts',
    ]);
    assert.match(info.stdout, /BEGIN CERTIFICATE/, 'OpenSSL opens our PKCS#12');
  });

  it('signs twice by incremental update; pdf verify exits 0; pdfsig and qpdf agree', {
    timeout: CLI_TIMEOUT,
  }, async () => {
    const one = await cuaso(
      [
        'pdf',
        'sign',
        '--in',
        p('a.pdf'),
        '--out',
        p('b.pdf'),
        '--p12',
        p('hung.p12'),
        '--password',
        'Mk@2026',
      ],
      dataDir,
    );
    assert.equal(one.code, 0, one.out);
    assert.match(one.out, /PAdES B-T/);
    const two = await cuaso(
      [
        'pdf',
        'sign',
        '--in',
        p('b.pdf'),
        '--out',
        p('c.pdf'),
        '--p12',
        p('seal.p12'),
        '--password',
        'Mk@2026',
      ],
      dataDir,
    );
    assert.equal(two.code, 0, two.out);
    const verified = await cuaso(['pdf', 'verify', p('c.pdf'), '--trust', p('root.pem')], dataDir);
    assert.equal(verified.code, 0, verified.out);
    assert.match(verified.out, /TẤT CẢ CHỮ KÝ HỢP LỆ \/ ALL SIGNATURES PASSED/);
    assert.match(verified.out, /REVOCATION: Chứng thư không bị thu hồi/);
    if (hasPoppler && hasCertutil) {
      const sigs = await pdfsig(
        p('c.pdf'),
        await nssDbTrusting(
          new Uint8Array(
            Buffer.from(readFileSync(p('root.pem'), 'utf8').replace(/-----[^-]+-----|\s/g, ''), 'base64'),
          ),
        ),
      );
      assert.equal(sigs.length, 2);
      assert.ok(
        sigs.every((s) => s.valid && s.trusted),
        sigs.map((s) => s.text).join(),
      );
    }
    if (hasQpdf) assert.equal((await runTool('qpdf', ['--check', p('c.pdf')])).code, 0);
  });

  it('signs with legacy PKCS#12 files (RC2-40/3DES from openssl -legacy, and PBE-SHA1-3DES)', {
    skip: !hasOpenssl,
    timeout: CLI_TIMEOUT,
  }, async () => {
    const pem = await runTool('openssl', [
      'pkcs12',
      '-in',
      p('hung.p12'),
      '-passin',
      'pass:Mk@2026',
      '-nodes',
      '-out',
      p('hung.pem'),
    ]);
    assert.equal(pem.code, 0, pem.stderr);
    const legacy = await runTool('openssl', [
      'pkcs12',
      '-export',
      '-legacy',
      '-in',
      p('hung.pem'),
      '-out',
      p('legacy.p12'),
      '-passout',
      'pass:cu',
    ]);
    const des3 = await runTool('openssl', [
      'pkcs12',
      '-export',
      '-certpbe',
      'PBE-SHA1-3DES',
      '-keypbe',
      'PBE-SHA1-3DES',
      '-macalg',
      'sha1',
      '-in',
      p('hung.pem'),
      '-out',
      p('des3.p12'),
      '-passout',
      'pass:cu',
    ]);
    assert.equal(legacy.code, 0, legacy.stderr);
    assert.equal(des3.code, 0, des3.stderr);
    for (const file of ['legacy.p12', 'des3.p12']) {
      const r = await cuaso(
        [
          'pdf',
          'sign',
          '--in',
          p('a.pdf'),
          '--out',
          p(`${file}.pdf`),
          '--p12',
          p(file),
          '--password',
          'cu',
          '--level',
          'B-B',
        ],
        dataDir,
      );
      assert.equal(r.code, 0, r.out);
      assert.equal(
        (await cuaso(['pdf', 'verify', p(`${file}.pdf`), '--trust', p('root.pem')], dataDir)).code,
        0,
      );
    }
  });

  it('bad input: wrong password, 0-byte and encrypted PDFs, a tampered file, an unknown option', {
    timeout: CLI_TIMEOUT,
  }, async () => {
    const wrong = await cuaso(
      ['pdf', 'sign', '--in', p('a.pdf'), '--out', p('x.pdf'), '--p12', p('hung.p12'), '--password', 'sai'],
      dataDir,
    );
    assert.equal(wrong.code, 1);
    assert.match(wrong.out, /Mật khẩu của tệp chứng thư/);
    writeFileSync(p('empty.pdf'), '');
    const empty = await cuaso(
      [
        'pdf',
        'sign',
        '--in',
        p('empty.pdf'),
        '--out',
        p('x.pdf'),
        '--p12',
        p('hung.p12'),
        '--password',
        'Mk@2026',
      ],
      dataDir,
    );
    assert.equal(empty.code, 1);
    assert.match(empty.out, /Tệp rỗng/);
    if (hasQpdf) {
      await runTool('qpdf', ['--encrypt', 'u', 'o', '256', '--', p('a.pdf'), p('enc.pdf')]);
      const enc = await cuaso(['pdf', 'verify', p('enc.pdf')], dataDir);
      assert.equal(enc.code, 1);
      assert.match(enc.out, /mã hóa/);
    }
    const bytes = readFileSync(p('c.pdf'));
    bytes[2000] = bytes[2000]! ^ 1;
    writeFileSync(p('tampered.pdf'), bytes);
    const tampered = await cuaso(['pdf', 'verify', p('tampered.pdf'), '--trust', p('root.pem')], dataDir);
    assert.equal(tampered.code, 1);
    assert.match(tampered.out, /HASH_FAILURE/);
    assert.equal((await cuaso(['pdf', 'verify', '--nope', p('c.pdf')], dataDir)).code, 2);
  });
});
