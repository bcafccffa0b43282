import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { demoSealPng, demoSignaturePng } from '../../../src/server/modules/signing/pades/demo-images';
import type { BuiltInCa } from '../../../src/server/modules/signing/pki/ca-store';
import { type IssueOptions, issueCertificate } from '../../../src/server/modules/signing/pki/issue';
import { exportPkcs12 } from '../../../src/server/modules/signing/pki/pkcs12';
import { createTestApp, type TestContext } from '../../support/app';
import { type Session, seedDemo, signIn, signInStaff } from '../../support/identity';
import { agencyIds, api, form } from './api-helpers';
import { freshCa } from './helpers';

const DAY = 86_400_000;

/**
 * The issue's bad-input list, through the HTTP import an official uses from the back office: a wrong
 * password, an expired, a not-yet-valid and a non-signing certificate, a damaged or empty file. Each is
 * a 400 with a reason and Vietnamese + English messages, and nothing is stored.
 */
describe('importing a PKCS#12 certificate over HTTP: good file stored, bad input refused', () => {
  let t: TestContext;
  let http: ReturnType<typeof api>;
  let ids: Awaited<ReturnType<typeof agencyIds>>;
  let leader: Session;
  let ca: BuiltInCa;

  /** A .p12 as a commercial CA would deliver it: key, certificate and the issuing CA. */
  async function p12(options: Partial<IssueOptions> = {}, password = 'mat-khau-1') {
    const issued = await issueCertificate(ca.issuer('issuing'), {
      profile: 'official',
      keySpec: 'RSA-2048',
      publicUrl: 'http://127.0.0.1:9',
      subject: { commonName: 'Lê Quang Hưng', organization: 'Ủy ban nhân dân phường Hàm Rồng' },
      ...options,
    });
    return exportPkcs12({
      certificate: issued.certificate,
      chain: [ca.issuing.cert.der],
      pkcs8: issued.key.pkcs8,
      password,
    });
  }
  const importFile = (content: Uint8Array, password = 'mat-khau-1', kind = 'official') =>
    http.post(
      '/signing/certificates/import',
      leader,
      form(
        { kind, agencyId: ids.hamRong, password },
        { name: 'chung-thu.p12', content, type: 'application/x-pkcs12' },
      ),
    );
  const stored = async () =>
    (await sql<{ n: number }>`select count(*)::int as n from signing_certificates`.execute(t.platform.db))
      .rows[0]!.n;

  before(async () => {
    t = await createTestApp();
    await seedDemo(t.platform);
    http = api(t.app);
    ids = await agencyIds(t.app);
    leader = await signInStaff(t.app, t.platform, 'lanhdao.hamrong');
    ({ ca } = await freshCa());
  });
  after(() => t.close());

  it('refuses each bad file with a clear bilingual reason and stores nothing', async () => {
    const cases: [string, Promise<Uint8Array> | Uint8Array, string?][] = [
      ['pkcs12_password', p12(), 'sai-mat-khau'],
      [
        'certificate_expired',
        p12({ notBefore: new Date(Date.now() - 30 * DAY), notAfter: new Date(Date.now() - DAY) }),
      ],
      [
        'certificate_not_yet_valid',
        p12({ notBefore: new Date(Date.now() + DAY), notAfter: new Date(Date.now() + 30 * DAY) }),
      ],
      ['certificate_key_usage', p12({ keyUsage: 0x20 /* keyEncipherment only */ })],
      ['pkcs12_malformed', Buffer.from('không phải tệp p12')],
    ];
    for (const [reason, file, password] of cases) {
      const res = await importFile(await file, password);
      assert.equal(res.statusCode, 400, `${reason}: ${res.body}`);
      const body = res.json();
      assert.equal(body.reason, reason, res.body);
      assert.match(res.headers['content-type'] as string, /application\/problem\+json/);
      assert.ok(body.message_vi && body.message_en && body.message_vi !== body.message_en, res.body);
    }
    const empty = await importFile(new Uint8Array(0));
    assert.equal(empty.statusCode, 400, empty.body);
    const noPassword = await http.post(
      '/signing/certificates/import',
      leader,
      form(
        { kind: 'official', agencyId: ids.hamRong },
        { name: 'a.p12', content: await p12(), type: 'application/x-pkcs12' },
      ),
    );
    assert.equal(noPassword.statusCode, 400);
    assert.equal(await stored(), 0);
    const audit = await sql<{ n: number }>`
      select count(*)::int as n from audit_log where action like 'signing.certificate%'`.execute(
      t.platform.db,
    );
    assert.equal(audit.rows[0]!.n, 0);
  });

  it('imports a good file as the official’s active certificate; a leader cannot import the agency seal', async () => {
    const res = await importFile(await p12());
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().source, 'pkcs12');
    assert.equal(res.json().commonName, 'Lê Quang Hưng');
    assert.equal(res.json().status, 'active');
    const mine = (await http.get('/signing/certificates', leader)).json().items as { id: string }[];
    assert.deepEqual(
      mine.map((c) => c.id),
      [res.json().id],
    );
    const seal = await importFile(await p12(), 'mat-khau-1', 'seal');
    assert.equal(seal.statusCode, 403, seal.body);
    assert.equal(await stored(), 1);
  });

  it('previews the stored signature and seal images to those allowed; nothing stored is a 404', async () => {
    assert.equal((await http.get('/signing/signature-image', leader)).statusCode, 404);
    const png = demoSignaturePng('Lê Quang Hưng');
    const put = await http.put(
      '/signing/signature-image',
      leader,
      form({}, { name: 'chu-ky.png', content: png, type: 'image/png' }),
    );
    assert.equal(put.statusCode, 200, put.body);
    const got = await http.get('/signing/signature-image', leader);
    assert.equal(got.statusCode, 200);
    assert.equal(got.headers['content-type'], 'image/png');
    assert.ok(Buffer.from(got.rawPayload).equals(Buffer.from(png)));
    const admin = await signInStaff(t.app, t.platform, 'quantri.hamrong');
    const seal = demoSealPng('Ủy ban nhân dân phường Hàm Rồng', 'Thanh Hóa');
    const putSeal = await http.put(
      `/agencies/${ids.hamRong}/seal-image`,
      admin,
      form({}, { name: 'dau.png', content: seal, type: 'image/png' }),
    );
    assert.equal(putSeal.statusCode, 200, putSeal.body);
    // The leader signs under the seal and may see it; another commune's admin may not know it exists.
    const seen = await http.get(`/agencies/${ids.hamRong}/seal-image`, leader);
    assert.equal(seen.statusCode, 200);
    assert.ok(Buffer.from(seen.rawPayload).equals(Buffer.from(seal)));
    const other = await signInStaff(t.app, t.platform, 'quantri.hacthanh');
    assert.equal((await http.get(`/agencies/${ids.hamRong}/seal-image`, other)).statusCode, 404);
    const citizen = await signIn(t.app, '0900000001', undefined, '10.9.3.1');
    assert.equal((await http.get('/signing/signature-image', citizen)).statusCode, 403);
  });
});
