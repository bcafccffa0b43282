import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { PDFDocument, rgb } from '@cantoo/pdf-lib';
import { demoSealPng, demoSignaturePng } from '../../../src/server/modules/signing/pades/demo-images';
import { signPdf } from '../../../src/server/modules/signing/pades/sign-pdf';
import type { Signer } from '../../../src/server/modules/signing/pades/signer';
import type { BuiltInCa } from '../../../src/server/modules/signing/pki/ca-store';
import { issueCrl } from '../../../src/server/modules/signing/pki/crl';
import { createTrustStore } from '../../../src/server/modules/signing/pki/trust-store';
import { builtInTimestamper } from '../../../src/server/modules/signing/pki/tsa';
import { verifyPdf } from '../../../src/server/modules/signing/verify/verify-pdf';
import {
  freshCa,
  hasCertutil,
  hasPoppler,
  hasQpdf,
  issuedSigner,
  nssDbTrusting,
  officialPdf,
  pdfsig,
  qpdfCheck,
  runTool,
  tempDir,
  writeTemp,
} from './helpers';

const tools = hasPoppler && hasQpdf && hasCertutil;

describe('PAdES signing and verification (library level, with pdfsig and qpdf as independent readers)', () => {
  let ca: BuiltInCa;
  let leader: Signer;
  let seal: Signer;
  let original: Uint8Array;
  let twoSigned: Uint8Array;
  let nss: string;
  let dir: string;
  const signatureImage = demoSignaturePng('Lê Quang Hưng');
  const sealImage = demoSealPng('Ủy ban nhân dân phường Hàm Rồng', 'Tỉnh Thanh Hóa');
  const crls = async (revoked: { serialHex: string; revokedAt: Date }[] = []) => [
    await issueCrl(ca.issuing, revoked),
    await issueCrl(ca.root, []),
  ];
  const options = async (revoked: { serialHex: string; revokedAt: Date }[] = []) => {
    const list = await crls(revoked);
    return {
      trust: createTrustStore([{ der: ca.root.cert.der, source: 'test' }]),
      revocation: { mode: 'offline' as const, crls: () => list },
    };
  };

  before(async () => {
    ({ ca } = await freshCa());
    leader = (await issuedSigner(ca)).signer;
    seal = (
      await issuedSigner(ca, {
        profile: 'seal',
        keySpec: 'ECDSA-P256',
        subject: {
          commonName: 'Ủy ban nhân dân phường Hàm Rồng',
          organization: 'Ủy ban nhân dân phường Hàm Rồng',
          organisationId: '000.31.21.H56',
        },
      })
    ).signer;
    original = await officialPdf();
    const first = await signPdf(original, {
      signer: leader,
      level: 'B-T',
      timestamper: builtInTimestamper(ca),
      appearance: { kind: 'signer', image: signatureImage },
      reason: 'Phê duyệt',
    });
    const second = await signPdf(first.pdf, {
      signer: seal,
      level: 'B-T',
      timestamper: builtInTimestamper(ca),
      appearance: { kind: 'seal', image: sealImage, agencyName: 'Ủy ban nhân dân phường Hàm Rồng' },
    });
    twoSigned = second.pdf;
    dir = tempDir();
    if (tools) nss = await nssDbTrusting(ca.root.cert.der);
  });
  it('keeps the original bytes as the first revision (one incremental update per signature)', () => {
    assert.deepEqual(Buffer.from(twoSigned.subarray(0, original.length)), Buffer.from(original));
  });

  it('verifies both signatures: leader B-T then agency seal, TOTAL_PASSED with reasons in both languages', async () => {
    const report = await verifyPdf(twoSigned, await options());
    assert.equal(report.signatureCount, 2);
    assert.equal(report.valid, true);
    const [first, second] = report.signatures;
    assert.equal(first!.fieldName, 'ChuKyCaNhan');
    assert.equal(first!.signatureFormat, 'PAdES-BASELINE-T');
    assert.equal(first!.coverage, 'ENTIRE_REVISION');
    assert.equal(first!.modifications.status, 'ALLOWED');
    assert.equal(first!.signedBy?.commonName, 'Lê Quang Hưng');
    assert.equal(second!.coverage, 'ENTIRE_FILE');
    assert.equal(second!.signedBy?.commonName, 'Ủy ban nhân dân phường Hàm Rồng');
    for (const s of report.signatures) {
      assert.equal(s.indication, 'TOTAL_PASSED', JSON.stringify(s.errors));
      assert.ok(s.timestamp?.valid);
      assert.ok(s.checks.every((c) => c.status === 'PASSED' && c.vi && c.en));
    }
  });

  it('pdfsig: every signature valid, the certificate trusted under our root; qpdf --check clean', {
    skip: !tools,
  }, async () => {
    const file = writeTemp(dir, 'two.pdf', twoSigned);
    const sigs = await pdfsig(file, nss);
    assert.equal(sigs.length, 2);
    for (const s of sigs) {
      assert.ok(s.valid, s.text);
      assert.ok(s.trusted, s.text);
      assert.match(s.text, /ETSI\.CAdES\.detached/);
    }
    const check = await qpdfCheck(file);
    assert.equal(check.code, 0, check.stdout + check.stderr);
    assert.match(check.stdout, /No syntax or stream encoding errors/);
    const text = await runTool('pdftotext', ['-layout', file, '-']);
    assert.match(text.stdout, /Ủy ban nhân dân phường Hàm Rồng/);
    assert.match(
      text.stdout,
      /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00/,
      'the seal shows the ISO 8601 time in Vietnam time',
    );
  });

  it('a flipped byte breaks every signature (HASH_FAILURE), pdfsig agrees', async () => {
    const flipped = Buffer.from(twoSigned);
    flipped[Math.floor(original.length / 2)]! ^= 0x01;
    const report = await verifyPdf(flipped, await options());
    assert.equal(report.valid, false);
    for (const s of report.signatures) {
      assert.equal(s.indication, 'TOTAL_FAILED');
      assert.equal(s.subIndication, 'HASH_FAILURE');
    }
    if (tools) {
      const sigs = await pdfsig(writeTemp(dir, 'flipped.pdf', flipped), nss);
      assert.ok(sigs.every((s) => !s.valid));
    }
  });

  it('a revoked signer is caught: REVOKED after the time-stamp, REVOKED_NO_POE without one', async () => {
    const revoked = await issuedSigner(ca, { commonName: 'Cán Bộ Bị Thu Hồi' });
    const when = new Date(Date.now() - 60_000);
    const list = [{ serialHex: revoked.serialHex, revokedAt: when }];
    const bt = await signPdf(original, {
      signer: revoked.signer,
      level: 'B-T',
      timestamper: builtInTimestamper(ca),
      appearance: { kind: 'invisible' },
    });
    const bb = await signPdf(original, {
      signer: revoked.signer,
      level: 'B-B',
      appearance: { kind: 'invisible' },
    });
    const withPoe = (await verifyPdf(bt.pdf, await options(list))).signatures[0]!;
    assert.equal(withPoe.indication, 'TOTAL_FAILED');
    assert.equal(withPoe.subIndication, 'REVOKED');
    assert.equal(withPoe.revocation?.status, 'revoked');
    const noPoe = (await verifyPdf(bb.pdf, await options(list))).signatures[0]!;
    assert.equal(noPoe.indication, 'INDETERMINATE');
    assert.equal(noPoe.subIndication, 'REVOKED_NO_POE');
    // Revoked after the time-stamped signing time: the signature still stands.
    const later = [{ serialHex: revoked.serialHex, revokedAt: new Date(Date.now() + 1000) }];
    await new Promise((r) => setTimeout(r, 1100));
    const afterwards = (await verifyPdf(bt.pdf, await options(later))).signatures[0]!;
    assert.equal(afterwards.indication, 'TOTAL_PASSED', JSON.stringify(afterwards.errors));
    assert.ok(afterwards.warnings.length > 0);
  });

  it('an untrusted root is caught (NO_CERTIFICATE_CHAIN_FOUND), pdfsig does not trust it either', async () => {
    const other = await freshCa();
    const stranger = await issuedSigner(other.ca, { commonName: 'Người Lạ' });
    const signed = await signPdf(original, {
      signer: stranger.signer,
      level: 'B-B',
      appearance: { kind: 'invisible' },
    });
    const s = (await verifyPdf(signed.pdf, await options())).signatures[0]!;
    assert.equal(s.indication, 'INDETERMINATE');
    assert.equal(s.subIndication, 'NO_CERTIFICATE_CHAIN_FOUND');
    if (tools) {
      const [p] = await pdfsig(writeTemp(dir, 'stranger.pdf', signed.pdf), nss);
      assert.ok(p!.valid && !p!.trusted, p!.text);
    }
  });

  it('a fully re-saved file is caught: the byte range no longer holds the signature', async () => {
    const doc = await PDFDocument.load(twoSigned);
    const resaved = await doc.save();
    const report = await verifyPdf(resaved, await options());
    assert.equal(report.valid, false);
    assert.ok(
      report.signatures.every((s) => s.indication === 'TOTAL_FAILED'),
      JSON.stringify(report.signatures.map((s) => s.subIndication)),
    );
  });

  it('a content change after signing shows up in that signature’s report, although pdfsig calls it valid', async () => {
    const doc = await PDFDocument.load(twoSigned, { forIncrementalUpdate: true });
    doc.getPage(0).drawRectangle({ x: 100, y: 400, width: 120, height: 40, color: rgb(1, 1, 1) });
    const changed = await doc.save({ useObjectStreams: false });
    const report = await verifyPdf(changed, await options());
    assert.equal(report.valid, false);
    assert.equal(report.unsignedTail, true);
    for (const s of report.signatures) {
      assert.equal(s.indication, 'TOTAL_FAILED');
      assert.equal(s.modifications.status, 'DISALLOWED');
      assert.ok(s.modifications.changes.some((c) => !c.allowed && /trang 1/.test(c.vi)));
    }
    if (tools) {
      const sigs = await pdfsig(writeTemp(dir, 'changed.pdf', changed), nss);
      assert.ok(
        sigs.every((p) => p.valid),
        'pdfsig only checks the byte ranges',
      );
    }
  });

  it('signs a PDF that Cửa Số did not produce (object streams, xref stream) and one with an existing form', async () => {
    const foreign = await PDFDocument.create();
    foreign.addPage([612, 792]).drawText('Foreign document', { x: 72, y: 700 });
    foreign
      .getForm()
      .createTextField('ghi_chu')
      .addToPage(foreign.getPage(0), { x: 72, y: 600, width: 200, height: 20 });
    const bytes = await foreign.save({ useObjectStreams: true });
    const once = await signPdf(bytes, {
      signer: leader,
      level: 'B-B',
      appearance: { kind: 'signer', image: signatureImage },
    });
    const twice = await signPdf(once.pdf, {
      signer: seal,
      level: 'B-B',
      appearance: { kind: 'copy', lines: ['SAO Y', 'Ủy ban nhân dân phường Hàm Rồng'] },
    });
    const report = await verifyPdf(twice.pdf, await options());
    assert.equal(report.valid, true, JSON.stringify(report.signatures.map((s) => s.errors)));
    if (tools) {
      const file = writeTemp(dir, 'foreign.pdf', twice.pdf);
      assert.ok((await pdfsig(file, nss)).every((p) => p.valid && p.trusted));
      assert.equal((await qpdfCheck(file)).code, 0);
    }
  });

  it('RSA-3072 and ECDSA P-256 officials sign; B-B without a time-stamp is PAdES-BASELINE-B', async () => {
    for (const keySpec of ['RSA-3072', 'ECDSA-P256'] as const) {
      const s = await issuedSigner(ca, { keySpec, commonName: `Cán bộ ${keySpec}` });
      const signed = await signPdf(original, {
        signer: s.signer,
        level: 'B-B',
        appearance: { kind: 'invisible' },
      });
      const r = (await verifyPdf(signed.pdf, await options())).signatures[0]!;
      assert.equal(r.indication, 'TOTAL_PASSED', JSON.stringify(r.errors));
      assert.equal(r.signatureFormat, 'PAdES-BASELINE-B');
    }
  });

  it('a time-stamp larger than announced: the signature is made again with room for it', async () => {
    const real = builtInTimestamper(ca);
    const stingy = { sizeHint: 10, timestamp: (d: Uint8Array) => real.timestamp(d) };
    const signed = await signPdf(original, {
      signer: leader,
      level: 'B-T',
      timestamper: stingy,
      appearance: { kind: 'invisible' },
    });
    const [s] = (await verifyPdf(signed.pdf, await options())).signatures;
    assert.equal(s!.indication, 'TOTAL_PASSED', JSON.stringify(s!.errors));
    assert.equal(s!.signatureFormat, 'PAdES-BASELINE-T');
  });

  it('offline without a CRL: revocation is a warning, not a verdict', async () => {
    const report = await verifyPdf(twoSigned, {
      trust: createTrustStore([{ der: ca.root.cert.der, source: 'test' }]),
      revocation: { mode: 'offline' },
    });
    assert.equal(report.valid, true);
    assert.ok(
      report.signatures.every((s) => s.checks.some((c) => c.id === 'REVOCATION' && c.status === 'WARNING')),
    );
  });
});
