import { createHash, sign as cryptoSign } from 'node:crypto';
import { P12Signer, PDF } from '@libpdf/core';
import { demoSealPng, demoSignaturePng } from '../../src/server/modules/signing/pades/demo-images';
import { signPdf } from '../../src/server/modules/signing/pades/sign-pdf';
import { localKeySigner } from '../../src/server/modules/signing/pades/signer';
import { getBuiltInCa } from '../../src/server/modules/signing/pki/ca-store';
import { issueCrl } from '../../src/server/modules/signing/pki/crl';
import { issueCertificate } from '../../src/server/modules/signing/pki/issue';
import { nodePrivateKey } from '../../src/server/modules/signing/pki/keys';
import { exportPkcs12 } from '../../src/server/modules/signing/pki/pkcs12';
import { createTrustStore } from '../../src/server/modules/signing/pki/trust-store';
import { verifyPdf } from '../../src/server/modules/signing/verify/verify-pdf';
import { createPdfDocument, drawNationalHeader } from '../../src/server/platform/pdf';
import type { Scenario } from '../lib/scenario';

const SLICE_MS = 2500;
const KEK = Buffer.alloc(32, 7);

/** A 1-page official decision with the ND 30 header, as the platform renders results. */
async function onePagePdf(): Promise<Uint8Array> {
  const b = await createPdfDocument({ title: 'Quyết định', lang: 'vi', fontFamily: 'serif' });
  drawNationalHeader(b, {
    agencyParent: 'Ủy ban nhân dân tỉnh Thanh Hóa',
    agencyName: 'Ủy ban nhân dân phường Hàm Rồng',
    documentNumber: '12/QĐ-UBND',
    place: 'Hàm Rồng',
    date: '2026-11-27',
  });
  b.text('QUYẾT ĐỊNH', { bold: true, align: 'center', size: 14 });
  b.text('Về việc cấp bản sao trích lục khai sinh cho công dân Nguyễn Văn An.', {
    align: 'center',
    italic: true,
  });
  return b.save();
}

/** Operations per second of `op` over `ms`, run back to back on this one core (event loop). */
async function rate(op: () => Promise<unknown> | unknown, ms: number): Promise<number> {
  let n = 0;
  const until = performance.now() + ms;
  const start = performance.now();
  while (performance.now() < until) {
    await op();
    n++;
  }
  return (n * 1000) / (performance.now() - start);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

async function setup(tmp: string) {
  const ca = await getBuiltInCa({ dataDir: tmp, kek: KEK, publicUrl: 'http://127.0.0.1:9' });
  const issued = await issueCertificate(ca.issuer('issuing'), {
    profile: 'official',
    keySpec: 'RSA-2048',
    publicUrl: 'http://127.0.0.1:9',
    subject: { commonName: 'Lê Quang Hưng', organization: 'Ủy ban nhân dân phường Hàm Rồng' },
  });
  const privateKey = nodePrivateKey(issued.key.pkcs8);
  const signer = localKeySigner({
    certificate: issued.certificate,
    chain: [ca.issuing.cert.der],
    privateKey,
  });
  const p12 = exportPkcs12({
    certificate: issued.certificate,
    chain: [ca.issuing.cert.der],
    pkcs8: issued.key.pkcs8,
    password: 'bench',
  });
  return { ca, signer, privateKey, p12 };
}

export const signingThroughput: Scenario = {
  name: 'signing',
  summary:
    'PAdES B-B signatures/s of a 1-page PDF with the visible ND 30 appearance (blue signature image), RSA-2048, one core, vs ' +
    '@libpdf/core load+sign (invisible) of the same PDF with the same key, in alternating slices; the raw node:crypto RSA-2048 ' +
    'sign rate beside them.',
  target: { on: 'ratio', op: '>=', limit: 1.0 },
  async run(ctx) {
    const { ca, signer, privateKey, p12 } = await setup(ctx.tmp);
    const pdf = await onePagePdf();
    const image = demoSignaturePng('Lê Quang Hưng');
    const ours = () => signPdf(pdf, { signer, level: 'B-B', appearance: { kind: 'signer', image } });
    const libSigner = await P12Signer.create(p12, 'bench');
    const theirs = async () => (await PDF.load(pdf)).sign({ signer: libSigner, level: 'B-B' });
    // Warm-up: JIT, font subset and image caches on our side, libpdf's parser on theirs.
    for (let i = 0; i < 20; i++) {
      await ours();
      await theirs();
    }
    const a: number[] = [];
    const b: number[] = [];
    for (const turn of ['ours', 'theirs', 'theirs', 'ours']) {
      ctx.log(`signing: ${turn} ${SLICE_MS} ms`);
      (turn === 'ours' ? a : b).push(await rate(turn === 'ours' ? ours : theirs, SLICE_MS));
    }
    const digest = createHash('sha256').update('x').digest();
    const raw = await rate(() => cryptoSign('sha256', digest, privateKey), 1000);
    const seal = demoSealPng('Ủy ban nhân dân phường Hàm Rồng', 'Tỉnh Thanh Hóa');
    const agencyName = 'Ủy ban nhân dân phường Hàm Rồng';
    const both = async () =>
      signPdf((await ours()).pdf, {
        signer,
        level: 'B-B',
        appearance: { kind: 'seal', image: seal, agencyName },
      });
    // What was measured must verify: both signatures of one output pass our verifier.
    const check = await verifyPdf((await both()).pdf, {
      trust: createTrustStore([{ der: ca.root.cert.der, source: 'bench' }]),
      revocation: { mode: 'offline', crls: () => [] },
    });
    if (!check.valid || check.signatureCount !== 2)
      throw new Error('the signed benchmark document does not verify');
    const withSeal = await rate(both, SLICE_MS);
    return {
      figure: { label: 'Cửa Số PAdES, visible', value: mean(a), unit: 'docs/s' },
      baseline: { label: '@libpdf/core, invisible', value: mean(b), unit: 'docs/s' },
      extra: [
        { label: 'node:crypto RSA-2048 sign', value: raw, unit: '/s' },
        { label: 'leader + seal (2 signatures)', value: withSeal, unit: 'docs/s' },
        { label: 'one visible signature', value: 1000 / mean(a), unit: 'ms' },
      ],
      notes: [
        `slices ours ${a.map((x) => x.toFixed(0)).join(', ')}; libpdf ${b.map((x) => x.toFixed(0)).join(', ')}`,
      ],
    };
  },
};

export const verificationThroughput: Scenario = {
  name: 'signing-verify',
  summary:
    'Full verification (byte ranges, CMS, ESS, time-stamps, chain, CRL, modification analysis) of a 2-signature B-T PDF, ' +
    'documents/s on one core; baseline: parsing the same file with @cantoo/pdf-lib alone (the verifier parses a copy with the signature values blanked, see verify/mask-gaps.ts). The target is absolute (issue: ≥ 100/s).',
  target: { on: 'figure', op: '>=', limit: 100, unit: 'docs/s' },
  async run(ctx) {
    const { ca, signer } = await setup(ctx.tmp);
    const { builtInTimestamper } = await import('../../src/server/modules/signing/pki/tsa');
    const { PDFDocument } = await import('@cantoo/pdf-lib');
    const tsa = builtInTimestamper(ca);
    const first = await signPdf(await onePagePdf(), {
      signer,
      level: 'B-T',
      timestamper: tsa,
      appearance: { kind: 'signer', image: demoSignaturePng('Lê Quang Hưng') },
    });
    const two = (
      await signPdf(first.pdf, {
        signer,
        level: 'B-T',
        timestamper: tsa,
        appearance: {
          kind: 'seal',
          image: demoSealPng('Ủy ban nhân dân phường Hàm Rồng'),
          agencyName: 'Ủy ban nhân dân phường Hàm Rồng',
        },
      })
    ).pdf;
    const crls = [await issueCrl(ca.issuing, []), await issueCrl(ca.root, [])];
    const options = {
      trust: createTrustStore([{ der: ca.root.cert.der, source: 'bench' }]),
      revocation: { mode: 'offline' as const, crls: () => crls },
    };
    const report = await verifyPdf(two, options);
    if (!report.valid) throw new Error('the benchmark document does not verify');
    for (let i = 0; i < 30; i++) await verifyPdf(two, options);
    ctx.log(`signing-verify: ${2 * SLICE_MS} ms`);
    const figure = await rate(() => verifyPdf(two, options), 2 * SLICE_MS);
    const parse = await rate(() => PDFDocument.load(two, { updateMetadata: false }), SLICE_MS);
    return {
      figure: { label: 'verify 2 signatures', value: figure, unit: 'docs/s' },
      baseline: { label: 'pdf-lib parse only', value: parse, unit: 'docs/s' },
      extra: [{ label: 'one verification', value: 1000 / figure, unit: 'ms' }],
    };
  },
};
