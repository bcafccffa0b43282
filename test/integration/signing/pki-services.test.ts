import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { signPdf } from '../../../src/server/modules/signing/pades/sign-pdf';
import type { BuiltInCa } from '../../../src/server/modules/signing/pki/ca-store';
import { toPem } from '../../../src/server/modules/signing/pki/certificate';
import { createTrustStore } from '../../../src/server/modules/signing/pki/trust-store';
import { httpTimestamper, readTstInfo } from '../../../src/server/modules/signing/pki/tsa';
import { signingDeps } from '../../../src/server/modules/signing/plugin';
import { markRevoked, recordIssued } from '../../../src/server/modules/signing/repo/issued.repo';
import { verifyPdf } from '../../../src/server/modules/signing/verify/verify-pdf';
import { createTestApp, type TestContext } from '../../support/app';
import {
  hasCertutil,
  hasOpenssl,
  hasPoppler,
  issuedSigner,
  nssDbTrusting,
  officialPdf,
  pdfsig,
  runTool,
  tempDir,
  writeTemp,
} from './helpers';

describe('the built-in CA’s public services: CRL, OCSP responder, RFC 3161 TSA (checked with openssl and NSS)', () => {
  let t: TestContext;
  let ca: BuiltInCa;
  let base: string;
  let dir: string;
  let caFile: string;
  let issuingFile: string;

  before(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    ca = await signingDeps(t.platform).pki.ca();
    dir = tempDir();
    caFile = writeTemp(dir, 'root.pem', toPem(ca.root.cert.der));
    issuingFile = writeTemp(dir, 'issuing.pem', toPem(ca.issuing.cert.der));
  });
  after(() => t.close());

  /** A certificate issued through the register, with CRL/OCSP URLs pointing at this live server. */
  async function registered(commonName: string) {
    const s = await issuedSigner(ca, { commonName, publicUrl: base });
    await recordIssued(t.platform.db, {
      serial_hex: s.serialHex,
      ca_id: ca.id,
      issuer: 'issuing',
      profile: 'official',
      subject: commonName,
      fingerprint: `${s.serialHex}`.padEnd(64, '0').slice(0, 64),
      not_after: new Date(Date.now() + 86_400_000),
    });
    return s;
  }

  it('serves the CA certificates and a CRL that OpenSSL verifies', { skip: !hasOpenssl }, async () => {
    const root = await t.app.inject('/api/v1/pki/certificates/root');
    assert.equal(root.headers['content-type'], 'application/pkix-cert');
    assert.deepEqual(new Uint8Array(root.rawPayload), ca.root.cert.der);
    for (const which of ['issuing', 'root']) {
      const crl = await t.app.inject(`/api/v1/pki/crl${which === 'root' ? '?ca=root' : ''}`);
      assert.equal(crl.statusCode, 200);
      const file = writeTemp(dir, `${which}.crl`, crl.rawPayload);
      const chain = writeTemp(dir, 'both.pem', toPem(ca.root.cert.der) + toPem(ca.issuing.cert.der));
      const check = await runTool('openssl', [
        'crl',
        '-inform',
        'DER',
        '-in',
        file,
        '-noout',
        '-CAfile',
        chain,
        '-verify',
      ]);
      assert.match(check.stderr + check.stdout, /verify OK/, check.stderr);
    }
  });

  it('answers OCSP requests made by openssl: good, then revoked; malformed requests are refused', {
    skip: !hasOpenssl,
  }, async () => {
    const s = await registered('Phạm Văn OCSP');
    const leaf = writeTemp(dir, 'leaf.pem', toPem(s.certificate));
    const ask = async () => {
      const req = join(dir, 'req.der');
      await runTool('openssl', ['ocsp', '-issuer', issuingFile, '-cert', leaf, '-reqout', req, '-no_nonce']);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/pki/ocsp',
        headers: { 'content-type': 'application/ocsp-request' },
        payload: readFileSync(req),
      });
      assert.equal(res.headers['content-type'], 'application/ocsp-response');
      const resp = writeTemp(dir, 'resp.der', res.rawPayload);
      const trust = writeTemp(dir, 'chain.pem', toPem(ca.root.cert.der) + toPem(ca.issuing.cert.der));
      return runTool('openssl', [
        'ocsp',
        '-respin',
        resp,
        '-issuer',
        issuingFile,
        '-cert',
        leaf,
        '-CAfile',
        trust,
      ]);
    };
    const good = await ask();
    assert.match(good.stderr, /Response verify OK/, good.stderr);
    assert.match(good.stdout, /: good/);
    await markRevoked(t.platform.db, s.serialHex, new Date(), 'keyCompromise');
    const revoked = await ask();
    assert.match(revoked.stdout, /: revoked/);
    assert.match(revoked.stdout, /Reason: keyCompromise/);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/pki/ocsp',
      headers: { 'content-type': 'application/ocsp-request' },
      payload: Buffer.from('not ocsp'),
    });
    assert.deepEqual([...bad.rawPayload], [0x30, 0x03, 0x0a, 0x01, 0x01]);
  });

  it('time-stamps requests made by openssl ts, verified by openssl; our HTTP client gets the same service', {
    skip: !hasOpenssl,
  }, async () => {
    const data = writeTemp(dir, 'data.txt', 'Cửa Số — dấu thời gian');
    const tsq = join(dir, 'req.tsq');
    await runTool('openssl', ['ts', '-query', '-data', data, '-sha256', '-cert', '-out', tsq]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/pki/tsa',
      headers: { 'content-type': 'application/timestamp-query' },
      payload: readFileSync(tsq),
    });
    assert.equal(res.headers['content-type'], 'application/timestamp-reply');
    const tsr = writeTemp(dir, 'resp.tsr', res.rawPayload);
    const verified = await runTool('openssl', [
      'ts',
      '-verify',
      '-data',
      data,
      '-in',
      tsr,
      '-CAfile',
      caFile,
      '-untrusted',
      issuingFile,
    ]);
    assert.match(verified.stdout, /Verification: OK/, verified.stdout + verified.stderr);
    const digest = new Uint8Array(32).fill(7);
    const token = await httpTimestamper(`${base}/api/v1/pki/tsa`).timestamp(digest);
    const info = readTstInfo(token);
    assert.deepEqual(info.digest, digest);
    assert.ok(Math.abs(info.genTime.getTime() - Date.now()) < 60_000);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/pki/tsa',
      headers: { 'content-type': 'application/timestamp-query' },
      payload: Buffer.from([0x30, 0x00]),
    });
    assert.equal(bad.rawPayload[4], 0x02, 'status rejection');
  });

  it('online revocation: the verifier asks this OCSP responder; pdfsig (NSS) asks it too', async () => {
    const s = await registered('Trần Thị Trực Tuyến');
    const signed = await signPdf(await officialPdf(), {
      signer: s.signer,
      level: 'B-B',
      appearance: { kind: 'invisible' },
    });
    // The issuing CA's own status comes from the root CRL handed in (its URL was fixed when the CA was
    // made, before this server had a port); the official's from this server's OCSP responder.
    const rootCrl = new Uint8Array((await t.app.inject('/api/v1/pki/crl?ca=root')).rawPayload);
    const online = {
      trust: createTrustStore([{ der: ca.root.cert.der, source: 'test' }]),
      revocation: { mode: 'online' as const, timeoutMs: 3000, crls: () => [rootCrl] },
    };
    const before = (await verifyPdf(signed.pdf, online)).signatures[0]!;
    assert.equal(before.indication, 'TOTAL_PASSED', JSON.stringify(before.errors));
    assert.equal(before.revocation?.source, 'OCSP');
    const file = writeTemp(dir, 'online.pdf', signed.pdf);
    const nss = hasPoppler && hasCertutil ? await nssDbTrusting(ca.root.cert.der) : undefined;
    if (nss) assert.ok((await pdfsig(file, nss, []))[0]!.trusted, 'pdfsig accepts our OCSP answer');
    await markRevoked(t.platform.db, s.serialHex, new Date(Date.now() - 1000), 'keyCompromise');
    const { signingDeps: deps } = await import('../../../src/server/modules/signing/plugin');
    deps(t.platform).pki.invalidateCrls();
    // A fresh serial is not in the verifier's OCSP cache; this one is, so ask pdfsig and the CRL path.
    const crl = await t.app.inject('/api/v1/pki/crl');
    const offline = {
      ...online,
      revocation: { mode: 'offline' as const, crls: () => [new Uint8Array(crl.rawPayload), rootCrl] },
    };
    const afterwards = (await verifyPdf(signed.pdf, offline)).signatures[0]!;
    assert.equal(afterwards.subIndication, 'REVOKED_NO_POE');
    if (nss) {
      const [p] = await pdfsig(file, nss, []);
      assert.match(p!.text, /Certificate has been Revoked/);
    }
  });

  it('interop: @libpdf/core signs B-LTA with our TSA and OCSP; our verifier passes its signature and document time-stamp', async () => {
    const { HttpTimestampAuthority, P12Signer, PDF } = await import('@libpdf/core');
    const { exportPkcs12 } = await import('../../../src/server/modules/signing/pki/pkcs12');
    const s = await registered('Võ Thị Liên Thông');
    const p12 = exportPkcs12({
      certificate: s.certificate,
      chain: [ca.issuing.cert.der],
      pkcs8: s.pkcs8,
      password: 'x',
    });
    const pdf = await PDF.load(await officialPdf());
    const { bytes } = await pdf.sign({
      signer: await P12Signer.create(p12, 'x'),
      level: 'B-LTA',
      timestampAuthority: new HttpTimestampAuthority(`${base}/api/v1/pki/tsa`),
    });
    const rootCrl = new Uint8Array((await t.app.inject('/api/v1/pki/crl?ca=root')).rawPayload);
    const issuingCrl = new Uint8Array((await t.app.inject('/api/v1/pki/crl')).rawPayload);
    const report = await verifyPdf(bytes, {
      trust: createTrustStore([{ der: ca.root.cert.der, source: 'test' }]),
      revocation: { mode: 'offline', crls: () => [issuingCrl, rootCrl] },
    });
    const [signature, docTs] = report.signatures;
    assert.equal(signature!.indication, 'TOTAL_PASSED', JSON.stringify(signature!.errors));
    assert.equal(signature!.signatureFormat, 'NOT-BASELINE', 'libpdf adds signing-time (LibPDF-js/core #86)');
    assert.equal(signature!.modifications.status, 'ALLOWED', JSON.stringify(signature!.modifications));
    assert.equal(docTs?.signatureFormat, 'PAdES-DOC-TIMESTAMP');
    assert.equal(docTs?.indication, 'TOTAL_PASSED', JSON.stringify(docTs?.errors));
  });
});
