// A new submission is answered from what its transaction wrote, not read back (bench/README.md,
// dossier-submit): the answer must be the very detail a later read of the dossier gives, for the
// applicant, and a retried request (same Idempotency-Key) must get the same detail again.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { birthRegistrationForm } from '../../../src/server/modules/dossiers/seed/sample-forms';
import type { TestContext } from '../../support/app';
import { as, type Session, signInStaff } from '../../support/identity';
import { birthRegistrationBed, upload } from './support';

describe('the answer to a submission', () => {
  let t: TestContext;
  let citizen: Session;
  let hamRong: string;
  let papers: number[];
  before(async () => {
    ({ t, citizen, hamRong, papers } = await birthRegistrationBed());
  });
  after(() => t.close());

  const submit = (key: string, payload: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: { ...as(citizen), 'idempotency-key': key },
      payload,
    });

  it('is the detail a read of the new dossier gives, and a replay gives it again', async () => {
    // Two distinct uploads, so each attachment has its own file, name and id.
    const uploads = await Promise.all(papers.map(() => upload(t.app, citizen)));
    const payload = {
      procedureCode: '1.001193',
      agencyId: hamRong,
      formData: birthRegistrationForm({ childName: 'Trần Thị Ánh Dương' }),
      attachments: papers.map((paper, i) => ({ paper, uploadId: uploads[i] })),
    };
    const created = await submit('answer-0000001', payload);
    assert.equal(created.statusCode, 201, created.body);
    const answer = created.json();
    const read = await t.app.inject({ url: `/api/v1/dossiers/${answer.id}`, headers: as(citizen) });
    assert.equal(read.statusCode, 200);
    const byId = <T extends { id: string }>(items: T[]) =>
      [...items].sort((a, b) => a.id.localeCompare(b.id));
    const stored = read.json();
    // Rows written in one transaction share their creation time, so a read lists them in no fixed order.
    assert.deepEqual(byId(answer.attachments), byId(stored.attachments));
    assert.deepEqual({ ...answer, attachments: [] }, { ...stored, attachments: [] });
    assert.equal(answer.status, 'submitted');
    assert.equal(answer.attachments.length, papers.length);
    assert.equal(answer.history.length, 1);
    assert.deepEqual(answer.documents, []);

    const replay = await submit('answer-0000001', payload);
    assert.equal(replay.statusCode, 200);
    const again = replay.json();
    assert.deepEqual(byId(again.attachments), byId(stored.attachments));
    assert.deepEqual({ ...again, attachments: [] }, { ...stored, attachments: [] });

    // The receiver sees the dossier it names, with the attachments' ids the applicant was given.
    const receiver = await signInStaff(t.app, t.platform, 'motcua.hamrong');
    const seen = await t.app.inject({ url: `/api/v1/dossiers/${answer.id}`, headers: as(receiver) });
    assert.equal(seen.statusCode, 200);
    assert.deepEqual(
      seen
        .json()
        .attachments.map((a: { id: string }) => a.id)
        .sort(),
      answer.attachments.map((a: { id: string }) => a.id).sort(),
    );
  });
});
