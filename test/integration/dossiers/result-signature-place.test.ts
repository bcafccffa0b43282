// The result's signature goes where the paper left room for it: the leader's signature exactly in the
// box the layout reserved (registered with the document), the seal over its left third, on the page
// of the leader's block; a malformed box is refused by the database.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { birthRegistrationForm } from '../../../src/server/modules/dossiers/seed/sample-forms';
import type { TestContext } from '../../support/app';
import { as, DEFAULT_DEMO, type Session } from '../../support/identity';
import { birthRegistrationBed, dossierActions, signatureWidgets, upload } from './support';

type Box = { page: number; rect: { x: number; y: number; width: number; height: number } };

describe('where the result is signed', { timeout: 120_000 }, () => {
  let t: TestContext;
  let citizen: Session;
  let hamRong: string;
  let papers: number[];
  let staff: ReturnType<typeof dossierActions>['staff'];
  let act: ReturnType<typeof dossierActions>['ok'];
  before(async () => {
    ({ t, citizen, hamRong, papers } = await birthRegistrationBed({}, {}, [...DEFAULT_DEMO, 'signing']));
    ({ staff, ok: act } = dossierActions(t.app, t.platform));
  });
  after(() => t.close());

  it('puts the leader’s signature in the reserved box and the seal over its left third', async () => {
    const uploadId = await upload(t.app, citizen);
    const submitted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: { ...as(citizen), 'idempotency-key': 'signature-place-1-key' },
      payload: {
        procedureCode: '1.001193',
        agencyId: hamRong,
        formData: birthRegistrationForm({ childName: 'Nguyễn An Nhiên' }),
        attachments: papers.map((paper) => ({ paper, uploadId })),
      },
    });
    assert.equal(submitted.statusCode, 201, submitted.body);
    const id = submitted.json().id;
    await act('motcua.hamrong', id, 'accept');
    await act('motcua.hamrong', id, 'assign', { assigneeId: (await staff('chuyenvien.hamrong')).id });
    await act('chuyenvien.hamrong', id, 'propose');
    await act('lanhdao.hamrong', id, 'approve');
    const signed = await act('lanhdao.hamrong', id, 'sign');
    const result = signed.documents.find((d: { kind: string }) => d.kind === 'result');
    const file = await t.app.inject({
      url: `/api/v1/dossiers/${id}/documents/${result.id}`,
      headers: as(citizen),
    });
    assert.equal(file.statusCode, 200);

    const { signature_box: box } = await sql<{ signature_box: Box }>`
      select signature_box from signed_documents where reference = ${signed.code} and kind = 'result'`
      .execute(t.platform.db)
      .then((r) => r.rows[0]!);
    assert.ok(box, 'the paper registered the space it left');
    const [leader, seal] = await signatureWidgets(file.rawPayload);
    assert.ok(leader && seal, 'two visible signatures');
    const close = (a: number, b: number) => Math.abs(a - b) < 0.5;
    assert.equal(leader.page, box.page);
    assert.ok(close(leader.x, box.rect.x) && close(leader.y, box.rect.y), JSON.stringify({ leader, box }));
    assert.ok(
      close(leader.right, box.rect.x + box.rect.width) && close(leader.top, box.rect.y + box.rect.height),
    );
    assert.equal(seal.page, box.page);
    // NĐ 30/2020: the seal covers about a third of the signature, on its left.
    assert.ok(seal.x < box.rect.x && seal.right > box.rect.x, JSON.stringify({ seal, box }));
  });

  it('refuses a box without a page or with an empty rectangle', async () => {
    for (const bad of [
      { rect: { x: 1, y: 1, width: 10, height: 10 } },
      { page: 0, rect: { x: 1, y: 1, width: 0, height: 5 } },
    ])
      await assert.rejects(
        sql`update signed_documents set signature_box = ${JSON.stringify(bad)}::jsonb
            where id = (select id from signed_documents limit 1)`.execute(t.platform.db),
        /signed_documents_signature_box_shape/,
      );
  });
});
