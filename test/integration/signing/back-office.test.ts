import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { demoSealPng, demoSignaturePng } from '../../../src/server/modules/signing/pades/demo-images';
import { createTestApp, type TestContext } from '../../support/app';
import { type Session, seedDemo, signInStaff } from '../../support/identity';
import { agencyIds, api, form } from './api-helpers';
import { hasPoppler, nssDbTrusting, officialPdf, pdfsig, runTool, tempDir, writeTemp } from './helpers';

describe('back office: certificates, images, registered documents, the signing queue, the signing rate', () => {
  let t: TestContext;
  let http: ReturnType<typeof api>;
  let ids: Awaited<ReturnType<typeof agencyIds>>;
  let admin: Session;
  let leader: Session;
  let clerk: Session;
  let specialist: Session;
  let leaderHacThanh: Session;
  const registered: string[] = [];

  before(async () => {
    t = await createTestApp();
    await seedDemo(t.platform);
    http = api(t.app);
    ids = await agencyIds(t.app);
    admin = await signInStaff(t.app, t.platform, 'quantri.hamrong');
    leader = await signInStaff(t.app, t.platform, 'lanhdao.hamrong');
    clerk = await signInStaff(t.app, t.platform, 'vanthu.hamrong');
    specialist = await signInStaff(t.app, t.platform, 'chuyenvien.hamrong');
    leaderHacThanh = await signInStaff(t.app, t.platform, 'lanhdao.hacthanh');
  });
  after(() => t.close());

  it('an official gets a demo certificate from the built-in CA; the agency admin one for the seal', async () => {
    const own = await http.post('/signing/certificates/demo', leader, {
      kind: 'official',
      agencyId: ids.hamRong,
    });
    assert.equal(own.statusCode, 201, own.body);
    assert.equal(own.json().commonName, 'Lê Quang Hưng');
    assert.equal(own.json().status, 'active');
    const sealCert = await http.post('/signing/certificates/demo', admin, {
      kind: 'seal',
      agencyId: ids.hamRong,
      keySpec: 'ECDSA-P256',
    });
    assert.equal(sealCert.statusCode, 201, sealCert.body);
    assert.equal(sealCert.json().commonName, 'Ủy ban nhân dân phường Hàm Rồng');
    assert.equal((await http.get('/signing/certificates', leader)).json().items.length, 1);
    const listed = await http.get(`/agencies/${ids.hamRong}/signing-certificates`, admin);
    assert.equal(listed.json().items.length, 2);
    // A second demo certificate supersedes the first.
    const again = await http.post('/signing/certificates/demo', leader, {
      kind: 'official',
      agencyId: ids.hamRong,
    });
    const mine = (await http.get('/signing/certificates', leader)).json().items as {
      id: string;
      status: string;
    }[];
    assert.deepEqual(mine.map((c) => c.status).sort(), ['active', 'superseded']);
    assert.equal(mine.find((c) => c.status === 'active')!.id, again.json().id);
  });

  it('keeps private keys sealed at rest and never in the audit log', async () => {
    const rows = await sql<{
      private_key_sealed: string;
    }>`select private_key_sealed from signing_certificates`.execute(t.platform.db);
    for (const r of rows.rows) assert.match(r.private_key_sealed, /^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    const audit = await sql<{
      data: unknown;
    }>`select data from audit_log where action like 'signing.%'`.execute(t.platform.db);
    const text = JSON.stringify(audit.rows);
    assert.ok(audit.rows.length >= 3);
    assert.doesNotMatch(text, /PRIVATE KEY|v1\.[\w-]{10,}\./);
  });

  it('an official uploads a signature image (PNG only); the agency admin the seal image', async () => {
    const png = demoSignaturePng('Lê Quang Hưng');
    const ok = await http.put(
      '/signing/signature-image',
      leader,
      form({}, { name: 'chu-ky.png', content: png, type: 'image/png' }),
    );
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().width, 420);
    const jpeg = await http.put(
      '/signing/signature-image',
      leader,
      form({}, { name: 'x.png', content: Buffer.from('\xff\xd8\xff\xe0 not png'), type: 'image/png' }),
    );
    assert.equal(jpeg.statusCode, 415);
    const empty = await http.put(
      '/signing/signature-image',
      leader,
      form({}, { name: 'x.png', content: new Uint8Array(0), type: 'image/png' }),
    );
    assert.equal(empty.statusCode, 400);
    assert.equal(
      (
        await http.put(
          `/agencies/${ids.hamRong}/seal-image`,
          leader,
          form({}, { name: 's.png', content: png, type: 'image/png' }),
        )
      ).statusCode,
      403,
    );
  });

  it('registers documents with a verification QR code; they wait in the leader’s queue, not in another commune’s', async () => {
    for (const title of [
      'Quyết định cấp bản sao trích lục khai sinh',
      'Giấy xác nhận tình trạng hôn nhân',
      'Quyết định khen thưởng',
    ]) {
      const res = await http.post(
        '/documents',
        specialist,
        form(
          { agencyId: ids.hamRong, kind: 'result', title, reference: 'H56.31.21-261127-0001' },
          { name: 'qd.pdf', content: await officialPdf(title.toUpperCase()), type: 'application/pdf' },
        ),
      );
      assert.equal(res.statusCode, 201, res.body);
      assert.deepEqual(res.json().steps, ['official', 'seal']);
      assert.match(res.json().verificationUrl, new RegExp(`/xac-minh/${res.json().id}\\?hash=[0-9a-f]{64}$`));
      registered.push(res.json().id);
    }
    const queue = (await http.get('/signing/queue', leader)).json().items as {
      id: string;
      nextStep: string;
    }[];
    assert.deepEqual(queue.map((q) => q.id).sort(), [...registered].sort());
    assert.ok(queue.every((q) => q.nextStep === 'official'));
    assert.equal(
      (await http.get('/signing/queue', clerk)).json().items.length,
      0,
      'the seal comes after the leader',
    );
    assert.equal((await http.get('/signing/queue', leaderHacThanh)).json().items.length, 0);
    assert.equal((await http.get('/signing/queue', specialist)).statusCode, 403);
    const notPdf = await http.post(
      '/documents',
      specialist,
      form(
        { agencyId: ids.hamRong, kind: 'result', title: 'X' },
        { name: 'x.pdf', content: Buffer.from('hello'), type: 'application/pdf' },
      ),
    );
    assert.equal(notPdf.statusCode, 415);
  });

  it('the leader signs the queue in one go; the clerk then seals; documents end up signed and valid', async () => {
    const denied = await http.post('/signing/queue/sign', leaderHacThanh, { documentIds: [registered[0]] });
    assert.equal(denied.json().failed, 1, 'another commune’s leader cannot sign');
    const batch = await http.post('/signing/queue/sign', leader, { documentIds: registered });
    assert.equal(batch.statusCode, 200, batch.body);
    assert.equal(batch.json().signed, 3, batch.body);
    assert.ok(batch.json().items.every((i: { step: string }) => i.step === 'official'));
    // The demo seal certificate came with a generated red seal; the agency admin replaces it with its own.
    const sealPng = demoSealPng('Ủy ban nhân dân phường Hàm Rồng', 'Tỉnh Thanh Hóa');
    const upload = await http.put(
      `/agencies/${ids.hamRong}/seal-image`,
      admin,
      form({}, { name: 'dau.png', content: sealPng, type: 'image/png' }),
    );
    assert.equal(upload.statusCode, 200, upload.body);
    const sealed = await http.post('/signing/queue/sign', clerk, { documentIds: registered });
    assert.equal(sealed.json().signed, 3, sealed.body);
    assert.ok(sealed.json().items.every((i: { status: string }) => i.status === 'signed'));
    const again = await http.post(`/documents/${registered[0]}/sign`, clerk, {});
    assert.equal(again.statusCode, 409);
  });

  it('the QR link shows the registered record and a passing report of the stored file; pdfsig agrees', async () => {
    const row = await sql<{
      original_sha256: string;
    }>`select original_sha256 from signed_documents where id = ${registered[0]}`.execute(t.platform.db);
    const hash = row.rows[0]!.original_sha256;
    const res = await http.get(`/documents/${registered[0]}/verification?hash=${hash}`);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.document.status, 'signed');
    assert.equal(body.document.agency.name, 'Ủy ban nhân dân phường Hàm Rồng');
    assert.deepEqual(
      body.document.signatures.map((s: { step: string }) => s.step),
      ['official', 'seal'],
    );
    assert.equal(body.document.signatures[0].signedBy, 'Lê Quang Hưng');
    assert.equal(
      body.report.valid,
      true,
      JSON.stringify(body.report.signatures.map((s: { errors: unknown }) => s.errors)),
    );
    assert.equal(body.report.signatures[0].revocation.status, 'good');
    assert.equal(
      (await http.get(`/documents/${registered[0]}/verification?hash=${'0'.repeat(64)}`)).statusCode,
      404,
    );
    const file = await http.get(body.fileUrl.replace('/api/v1', ''));
    assert.equal(file.headers['content-type'], 'application/pdf');
    if (hasPoppler) {
      const ca = await (await import('../../../src/server/modules/signing/plugin'))
        .signingDeps(t.platform)
        .pki.ca();
      const dir = tempDir();
      const path = writeTemp(dir, 'result.pdf', file.rawPayload);
      const sigs = await pdfsig(path, await nssDbTrusting(ca.root.cert.der));
      assert.equal(sigs.length, 2);
      assert.ok(
        sigs.every((s) => s.valid && s.trusted),
        sigs.map((s) => s.text).join('\n'),
      );
      const text = await runTool('pdftotext', [path, '-']);
      assert.match(text.stdout, /Quét mã để xác minh văn bản điện tử/);
    }
  });

  it('uploading the signed file to the public verifier finds its registered record', async () => {
    const row = await sql<{
      original_sha256: string;
    }>`select original_sha256 from signed_documents where id = ${registered[1]}`.execute(t.platform.db);
    const file = await http.get(`/documents/${registered[1]}/file?hash=${row.rows[0]!.original_sha256}`);
    const res = await http.post(
      '/verify',
      null,
      form({}, { name: 'kq.pdf', content: file.rawPayload, type: 'application/pdf' }),
    );
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().report.valid, true);
    assert.equal(res.json().registered[0].id, registered[1]);
    assert.equal(res.json().isLatestVersion, true);
  });

  it('revoking a document shows on its record; revoking a certificate puts it on the CRL and fails later checks', async () => {
    const row = await sql<{
      original_sha256: string;
    }>`select original_sha256 from signed_documents where id = ${registered[2]}`.execute(t.platform.db);
    const revoked = await http.post(`/documents/${registered[2]}/revoke`, leader, {
      reason: 'Ban hành nhầm, đã thay thế',
    });
    assert.equal(revoked.statusCode, 200, revoked.body);
    const record = await http.get(
      `/documents/${registered[2]}/verification?hash=${row.rows[0]!.original_sha256}`,
    );
    assert.equal(record.json().document.status, 'revoked');
    assert.equal(record.json().document.revocationReason, 'Ban hành nhầm, đã thay thế');

    await new Promise((r) => setTimeout(r, 1100)); // revocation times are whole seconds
    const cert = (
      (await http.get('/signing/certificates', leader)).json().items as {
        id: string;
        status: string;
        serialNumber: string;
      }[]
    ).find((c) => c.status === 'active')!;
    const rev = await http.post(`/signing/certificates/${cert.id}/revoke`, admin, {
      reason: 'keyCompromise',
    });
    assert.equal(rev.statusCode, 200, rev.body);
    const crl = await t.app.inject('/api/v1/pki/crl');
    assert.equal(crl.headers['content-type'], 'application/pkix-crl');
    const { parseCrl } = await import('../../../src/server/modules/signing/pki/crl');
    assert.ok(parseCrl(new Uint8Array(crl.rawPayload)).revoked.has(cert.serialNumber));
    // The documents it signed were time-stamped before the revocation: they still pass, with a warning.
    const res = await http.get(
      `/documents/${registered[0]}/verification?hash=${(await sql<{ h: string }>`select original_sha256 as h from signed_documents where id = ${registered[0]}`.execute(t.platform.db)).rows[0]!.h}`,
    );
    const first = res.json().report.signatures[0];
    assert.equal(first.revocation.status, 'revoked');
    assert.equal(first.indication, 'TOTAL_PASSED', JSON.stringify(first.errors));
    // And it signs nothing more.
    const fresh = await http.post(
      '/documents',
      specialist,
      form(
        { agencyId: ids.hamRong, kind: 'result', title: 'Sau thu hồi' },
        { name: 'a.pdf', content: await officialPdf(), type: 'application/pdf' },
      ),
    );
    const refused = await http.post(`/documents/${fresh.json().id}/sign`, leader, {});
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().reason, 'no_certificate');
  });

  it('reports the signing rate per agency to the operations centre', async () => {
    const ioc = await signInStaff(t.app, t.platform, 'dieuhanh.thanhhoa');
    const res = await http.get(`/signing/rate?agencyId=${ids.province}`, ioc);
    assert.equal(res.statusCode, 200, res.body);
    const hamRong = res.json().items.find((i: { agencyId: string }) => i.agencyId === ids.hamRong);
    assert.equal(hamRong.issued, 4);
    assert.equal(hamRong.signed, 3);
    assert.equal(hamRong.rate, 0.75);
    assert.equal((await http.get(`/signing/rate?agencyId=${ids.province}`, specialist)).statusCode, 404);
  });
});
