import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { signingApi } from '../../../src/server/modules/signing';
import { createTestApp, type TestContext } from '../../support/app';
import { seedDemo, signInStaff } from '../../support/identity';
import { agencyIds, api } from './api-helpers';
import { officialPdf } from './helpers';

describe('demo mode: an official or agency without a certificate gets one from the built-in CA on first signing', () => {
  let t: TestContext;

  before(async () => {
    process.env.PKI_DEMO_AUTO_ISSUE = 'on';
    t = await createTestApp();
    await seedDemo(t.platform);
  });
  after(async () => {
    delete process.env.PKI_DEMO_AUTO_ISSUE;
    await t.close();
  });

  it('issues the leader’s and the seal’s demo certificates with their images, then signs visibly', async () => {
    const ids = await agencyIds(t.app);
    const leader = await signInStaff(t.app, t.platform, 'lanhdao.hacthanh');
    const signing = signingApi(t.platform);
    const first = await signing.signDocument({
      pdf: await officialPdf(),
      agencyId: ids.hacThanh,
      signerAccountId: leader.id,
    });
    const second = await signing.signDocument({ pdf: first.pdf, agencyId: ids.hacThanh });
    const report = await signing.verifyPdf(second.pdf);
    assert.equal(report.valid, true);
    assert.ok(report.signatures.every((s) => s.visible));
    const mine = (await api(t.app).get('/signing/certificates', leader)).json().items;
    assert.equal(mine.length, 1);
    assert.equal(mine[0].commonName, 'Trịnh Xuân Thắng');
  });
});
