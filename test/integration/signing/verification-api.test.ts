import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { signPdf } from '../../../src/server/modules/signing/pades/sign-pdf';
import { toPem } from '../../../src/server/modules/signing/pki/certificate';
import { createTestApp, type TestContext } from '../../support/app';
import { type Session, seedDemo, signInStaff } from '../../support/identity';
import { api, form } from './api-helpers';
import { encryptedPdf, freshCa, hasQpdf, issuedSigner, officialPdf } from './helpers';

describe('public verification API and the trust list', () => {
  let t: TestContext;
  let http: ReturnType<typeof api>;
  let admin: Session;
  let foreignSigned: Uint8Array;
  let foreignRoot: Uint8Array;

  before(async () => {
    // Another CA's CRL lives at an address nobody answers: this instance checks revocation offline.
    process.env.REVOCATION_MODE = 'offline';
    t = await createTestApp({ UPLOAD_LIMIT_BYTES: String(400 * 1024) });
    await seedDemo(t.platform);
    http = api(t.app);
    admin = await signInStaff(t.app, t.platform, 'admin');
    const other = await freshCa();
    foreignRoot = other.ca.root.cert.der;
    const s = await issuedSigner(other.ca, { commonName: 'Chữ ký của CA thương mại' });
    foreignSigned = (
      await signPdf(await officialPdf(), {
        signer: s.signer,
        level: 'B-B',
        appearance: { kind: 'invisible' },
      })
    ).pdf;
  });
  after(async () => {
    delete process.env.REVOCATION_MODE;
    await t.close();
  });

  const verify = (bytes: Uint8Array, type = 'application/pdf') =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/verify',
      headers: { 'content-type': type },
      payload: Buffer.from(bytes),
    });

  it('accepts a raw PDF body or a multipart upload, without signing in', async () => {
    const raw = await verify(foreignSigned);
    assert.equal(raw.statusCode, 200, raw.body);
    assert.equal(raw.json().report.signatureCount, 1);
    assert.deepEqual(raw.json().registered, []);
    const multi = await http.post(
      '/verify',
      null,
      form({}, { name: 'x.pdf', content: foreignSigned, type: 'application/pdf' }),
    );
    assert.equal(multi.statusCode, 200);
    const unsigned = await verify(await officialPdf());
    assert.equal(unsigned.json().report.signatureCount, 0);
    assert.equal(unsigned.json().report.valid, false);
  });

  it('a signature from an unknown CA is INDETERMINATE until a system administrator trusts its root', async () => {
    const before = (await verify(foreignSigned)).json().report.signatures[0];
    assert.equal(before.subIndication, 'NO_CERTIFICATE_CHAIN_FOUND');
    const agencyAdmin = await signInStaff(t.app, t.platform, 'quantri.hamrong');
    const upload = form(
      { note: 'CA thương mại (thử nghiệm)' },
      { name: 'root.pem', content: Buffer.from(toPem(foreignRoot)), type: 'application/x-pem-file' },
    );
    assert.equal((await http.post('/signing/trusted-roots', agencyAdmin, upload)).statusCode, 403);
    const added = await http.post('/signing/trusted-roots', admin, upload);
    assert.equal(added.statusCode, 201, added.body);
    assert.ok(added.json().items.some((r: { source: string }) => r.source === 'database'));
    const after = (await verify(foreignSigned)).json().report.signatures[0];
    assert.equal(after.indication, 'TOTAL_PASSED', JSON.stringify(after.errors));
    assert.equal(after.trustAnchor.source, 'database');
    const listed = await http.get('/signing/trusted-roots');
    const fingerprint = listed
      .json()
      .items.find((r: { source: string }) => r.source === 'database').fingerprint;
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/signing/trusted-roots/${fingerprint}`,
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
    });
    assert.equal(removed.statusCode, 204);
    assert.equal(
      (await verify(foreignSigned)).json().report.signatures[0].subIndication,
      'NO_CERTIFICATE_CHAIN_FOUND',
    );
    const leaf = form(
      {},
      {
        name: 'leaf.pem',
        content: Buffer.from(toPem((await issuedSigner((await freshCa()).ca)).certificate)),
        type: 'application/x-pem-file',
      },
    );
    assert.equal((await http.post('/signing/trusted-roots', admin, leaf)).json().reason, 'not_a_root');
  });

  it('bad input: 0 bytes, not a PDF, an encrypted PDF, too large — clear bilingual errors', async () => {
    const empty = await verify(new Uint8Array(0));
    assert.equal(empty.statusCode, 400);
    const notPdf = await verify(new TextEncoder().encode('just text, no pdf'));
    assert.equal(notPdf.statusCode, 415);
    assert.match(notPdf.json().message_vi, /không phải là PDF/);
    assert.equal((await verify(new Uint8Array(500 * 1024).fill(37))).statusCode, 413);
    if (hasQpdf) {
      const enc = await verify(await encryptedPdf(await officialPdf()));
      assert.equal(enc.statusCode, 400);
      assert.equal(enc.json().reason, 'encrypted_pdf');
      assert.ok(enc.json().message_vi && enc.json().message_en);
    }
  });
});
