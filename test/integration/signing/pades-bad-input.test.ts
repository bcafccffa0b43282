import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { signPdf } from '../../../src/server/modules/signing/pades/sign-pdf';
import type { Signer } from '../../../src/server/modules/signing/pades/signer';
import type { BuiltInCa } from '../../../src/server/modules/signing/pki/ca-store';
import { createTrustStore } from '../../../src/server/modules/signing/pki/trust-store';
import { verifyPdf } from '../../../src/server/modules/signing/verify/verify-pdf';
import { encryptedPdf, freshCa, hasQpdf, issuedSigner, officialPdf } from './helpers';

describe('bad input to the PAdES layer: clear errors, nothing signed', () => {
  let ca: BuiltInCa;
  let leader: Signer;
  let original: Uint8Array;
  const options = async () => ({
    trust: createTrustStore([{ der: ca.root.cert.der, source: 'test' }]),
    revocation: { mode: 'offline' as const },
  });

  before(async () => {
    ({ ca } = await freshCa());
    leader = (await issuedSigner(ca)).signer;
    original = await officialPdf();
  });

  it('refuses expired, not-yet-valid and non-signing certificates: clear errors, nothing signed', async () => {
    const day = 86_400_000;
    const expired = await issuedSigner(ca, {
      notBefore: new Date(Date.now() - 10 * day),
      notAfter: new Date(Date.now() - day),
    });
    const future = await issuedSigner(ca, {
      notBefore: new Date(Date.now() + day),
      notAfter: new Date(Date.now() + 10 * day),
    });
    const noSign = await issuedSigner(ca, { keyUsage: 0x20 /* keyEncipherment only */ });
    for (const [s, reason] of [
      [expired, 'certificate_expired'],
      [future, 'certificate_not_yet_valid'],
      [noSign, 'certificate_key_usage'],
    ] as const)
      await assert.rejects(
        signPdf(original, { signer: s.signer, level: 'B-B', appearance: { kind: 'invisible' } }),
        (e: { extra?: { reason?: string }; vi?: string }) => {
          assert.equal(e.extra?.reason, reason);
          assert.ok(e.vi);
          return true;
        },
      );
  });

  it('refuses an empty, a non-PDF, a malformed and an encrypted PDF', { skip: !hasQpdf }, async () => {
    const cases: [Uint8Array, string][] = [
      [new Uint8Array(0), 'empty_file'],
      [new TextEncoder().encode('GIF89a not a pdf at all'), 'not_pdf'],
      [
        new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF'),
        'malformed_pdf',
      ],
      [await encryptedPdf(original), 'encrypted_pdf'],
    ];
    for (const [bytes, reason] of cases) {
      await assert.rejects(
        signPdf(bytes, { signer: leader, level: 'B-B', appearance: { kind: 'invisible' } }),
        (e: { extra?: { reason?: string } }) => e.extra?.reason === reason,
      );
      await assert.rejects(
        verifyPdf(bytes, await options()),
        (e: { extra?: { reason?: string } }) => e.extra?.reason === reason,
      );
    }
  });
});
