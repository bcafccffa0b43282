import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { signingApi } from '../../../src/server/modules/signing';
import { createTestApp, type TestContext } from '../../support/app';
import { type Session, seedDemo, signInStaff } from '../../support/identity';
import { agencyIds, api } from './api-helpers';
import { officialPdf } from './helpers';

describe('what the dossier module calls: signingApi(platform)', () => {
  let t: TestContext;
  let leader: Session;
  let ids: Awaited<ReturnType<typeof agencyIds>>;

  before(async () => {
    t = await createTestApp();
    await seedDemo(t.platform);
    ids = await agencyIds(t.app);
    const http = api(t.app);
    leader = await signInStaff(t.app, t.platform, 'lanhdao.hamrong');
    const admin = await signInStaff(t.app, t.platform, 'quantri.hamrong');
    await http.post('/signing/certificates/demo', leader, { kind: 'official', agencyId: ids.hamRong });
    await http.post('/signing/certificates/demo', admin, { kind: 'seal', agencyId: ids.hamRong });
  });
  after(() => t.close());

  it('signs bytes as the leader, then as the agency seal; the result verifies; each signing is audited', async () => {
    const signing = signingApi(t.platform);
    const first = await signing.signDocument({
      pdf: await officialPdf(),
      agencyId: ids.hamRong,
      signerAccountId: leader.id,
    });
    assert.equal(first.step, 'official');
    assert.equal(first.level, 'B-T');
    const second = await signing.signDocument({ pdf: first.pdf, agencyId: ids.hamRong });
    assert.equal(second.step, 'seal');
    const report = await signing.verifyPdf(second.pdf);
    assert.equal(report.valid, true, JSON.stringify(report.signatures.map((s) => s.errors)));
    assert.deepEqual(
      report.signatures.map((s) => s.signedBy?.commonName),
      ['Lê Quang Hưng', 'Ủy ban nhân dân phường Hàm Rồng'],
    );
    const audit = await sql<{
      n: number;
    }>`select count(*)::int as n from audit_log where action = 'signing.pdf_signed'`.execute(t.platform.db);
    assert.equal(audit.rows[0]!.n, 2);
    await assert.rejects(
      signing.signDocument({ pdf: first.pdf, agencyId: ids.hacThanh }),
      (e: { extra?: { reason?: string } }) => e.extra?.reason === 'no_certificate',
    );
  });

  it('registers a result for the queue as the system and signs it as the leader through the API', async () => {
    const signing = signingApi(t.platform);
    const reg = await signing.registerDocument({
      pdf: await officialPdf(),
      agencyId: ids.hamRong,
      kind: 'result',
      title: 'Trích lục khai sinh',
      reference: 'H56.31.21-261127-0042',
    });
    assert.deepEqual(reg.steps, ['official', 'seal']);
    const actor = {
      kind: 'staff' as const,
      accountId: leader.id,
      sessionId: 'x',
      mfa: true,
      roles: [{ agencyId: ids.hamRong, agencyPath: '/', role: 'leader' as const }],
    };
    const signed = await signing.signRegisteredDocument({ actor, documentId: reg.id });
    assert.equal(signed.step, 'official');
    assert.equal(signed.status, 'awaiting_signature');
  });
});
