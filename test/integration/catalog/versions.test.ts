import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Version } from '../../../src/contracts/catalog';
import { getVersionInForce } from '../../../src/server/modules/catalog';
import type { TestContext } from '../../support/app';
import { as, type Session, signInStaff } from '../../support/identity';
import { addDays, createCatalogTestApp, signInProvinceAdmin, versionInput } from './fixtures';

describe('versions by effective date', () => {
  let t: TestContext;
  let sysadmin: Session;
  let province: Session;
  before(async () => {
    t = await createCatalogTestApp();
    sysadmin = await signInStaff(t.app, t.platform, 'admin');
    province = await signInProvinceAdmin(t, sysadmin);
  });
  after(() => t.close());

  const schedule = (code: string, body: unknown, s = province) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/procedures/${code}/versions`,
      headers: as(s),
      payload: body as object,
    });
  const versions = async (code: string) =>
    (await t.app.inject(`/api/v1/procedures/${code}/versions`)).json().items as Version[];
  const atDay = (days: number) => new Date(Date.now() + days * 86_400_000);

  it('pins the version in force at each date: the old one until the new decision takes effect', async () => {
    const res = await schedule(
      '1.000894',
      versionInput({ effectiveFrom: addDays(20), processingTime: { value: 2, unit: 'working_days' } }),
    );
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().version, 2);
    assert.equal(res.json().status, 'scheduled');
    const [v1, v2] = await versions('1.000894');
    assert.equal(v1!.effectiveTo, addDays(20));
    assert.equal(v2!.effectiveTo, null);

    const now = await getVersionInForce(t.platform.db, '1.000894', new Date());
    assert.equal(now.version, 1);
    assert.deepEqual(now.processingTime, { value: 1, unit: 'working_days' });
    const later = await getVersionInForce(t.platform.db, '1.000894', atDay(25));
    assert.equal(later.version, 2);
    assert.deepEqual(later.processingTime, { value: 2, unit: 'working_days' });
    assert.notEqual(now.id, later.id);
    await assert.rejects(
      getVersionInForce(t.platform.db, '1.000894', new Date('2025-06-30T12:00:00Z')),
      /Not found|no version/,
    );

    const page = (await t.app.inject('/api/v1/procedures/1.000894')).json();
    assert.equal(page.currentVersion.version, 1);
    assert.deepEqual(page.nextVersion, { version: 2, effectiveFrom: addDays(20) });
  });

  it('refuses a period overlapping another version, naming both periods (409)', async () => {
    const res = await schedule('1.000894', versionInput({ effectiveFrom: addDays(10) }));
    assert.equal(res.statusCode, 409);
    const body = res.json();
    assert.match(body.message_vi, new RegExp(`${addDays(10)} – không thời hạn`));
    assert.match(body.message_vi, new RegExp(`phiên bản 2 \\(${addDays(20)} – không thời hạn\\)`));
    assert.match(body.message_en, /overlaps version 1 .*version 2/);
    assert.deepEqual(
      body.conflicts.map((c: { version: number }) => c.version),
      [1, 2],
    );
    assert.equal((await versions('1.000894')).length, 2);
    // A version that ends where the next one starts fits in between.
    const between = await schedule(
      '1.000894',
      versionInput({ effectiveFrom: addDays(10), effectiveTo: addDays(20) }),
    );
    assert.equal(between.statusCode, 201, between.body);
    assert.deepEqual(
      (await versions('1.000894')).map((v) => [v.version, v.effectiveFrom, v.effectiveTo]),
      [
        [1, '2025-07-01', addDays(10)],
        [2, addDays(20), null],
        [3, addDays(10), addDays(20)],
      ],
    );
  });

  it('refuses a start date in the past, except for a system administrator', async () => {
    const res = await schedule('1.000656', versionInput({ effectiveFrom: addDays(-3) }));
    assert.equal(res.statusCode, 400);
    assert.match(res.json().message_en, /in the past/);
    assert.equal(res.json().errors[0].path, 'body.effectiveFrom');
    const backdated = await schedule('1.000656', versionInput({ effectiveFrom: addDays(-3) }), sysadmin);
    assert.equal(backdated.statusCode, 201, backdated.body);
    assert.equal((await getVersionInForce(t.platform.db, '1.000656', new Date())).version, 2);
  });

  it('refuses a negative fee, an invalid JSON Schema and an unknown workflow, and changes nothing', async () => {
    const fee = versionInput();
    fee.fees[0]!.amount = -1000;
    const negative = await schedule('1.004873', fee);
    assert.equal(negative.statusCode, 400);
    assert.equal(negative.json().errors[0].path, 'body.fees.0.amount');
    assert.match(negative.json().errors[0].vi, /không được âm/);

    const schema = versionInput();
    (schema.eform.schema.properties as Record<string, unknown>).fullName = { type: 'text' };
    const invalid = await schedule('1.004873', schema);
    assert.equal(invalid.statusCode, 400);
    // Named at its own path, in both languages.
    assert.deepEqual(invalid.json().errors[0], {
      path: 'body.eform.schema.properties.fullName.type',
      vi: 'Kiểu «text» không tồn tại (dùng: string, number, integer, boolean, object, array, null).',
      en: 'There is no type “text” (use: string, number, integer, boolean, object, array, null).',
    });
    // What only the compiler sees keeps its technical detail, introduced in Vietnamese.
    const shape = versionInput();
    shape.eform.schema.allOf = 'không phải danh sách';
    const uncompilable = await schedule('1.004873', shape);
    assert.equal(uncompilable.statusCode, 400);
    assert.equal(uncompilable.json().errors[0].path, 'body.eform.schema');
    assert.match(uncompilable.json().errors[0].vi, /^JSON Schema không hợp lệ \(chi tiết kỹ thuật: /);
    assert.match(uncompilable.json().errors[0].en, /^Invalid JSON Schema: /);

    const unknownKeyword = versionInput();
    unknownKeyword.eform.schema.$ref = 'https://example.org/schema';
    assert.equal(
      (await schedule('1.004873', unknownKeyword)).json().errors[0].path,
      'body.eform.schema.$ref',
    );

    const workflow = await schedule('1.004873', versionInput({ workflowTemplate: 'express' }));
    assert.equal(workflow.statusCode, 400);
    assert.equal(workflow.json().errors[0].path, 'body.workflowTemplate');
    assert.equal((await versions('1.004873')).length, 1);
  });

  it('edits and cancels a scheduled version; a version in force stays as it was', async () => {
    const created = await schedule('1.001022', versionInput({ effectiveFrom: addDays(40) }));
    assert.equal(created.statusCode, 201);
    const moved = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/procedures/1.001022/versions/2',
      headers: as(province),
      payload: versionInput({ effectiveFrom: addDays(50), timeNote: 'Áp dụng từ quyết định mới.' }),
    });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(moved.json().timeNote, 'Áp dụng từ quyết định mới.');
    assert.equal((await versions('1.001022'))[0]!.effectiveTo, addDays(50), 'the predecessor follows');

    const frozen = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/procedures/1.001022/versions/1',
      headers: as(sysadmin),
      payload: versionInput({ effectiveFrom: '2025-07-01', effectiveTo: addDays(50) }),
    });
    assert.equal(frozen.statusCode, 409);
    assert.match(frozen.json().message_vi, /đã có hiệu lực từ 2025-07-01/);

    const cancelled = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/procedures/1.001022/versions/2',
      headers: as(province),
    });
    assert.equal(cancelled.statusCode, 204);
    const left = await versions('1.001022');
    assert.equal(left.length, 1);
    assert.equal(left[0]!.effectiveTo, null, 'the predecessor is in force again without end');
  });

  it('is guarded by the database too: no overlap, no edit of a version in force', async () => {
    const { db } = t.platform;
    const p = await db
      .selectFrom('procedures')
      .select('id')
      .where('code', '=', '1.004884')
      .executeTakeFirstOrThrow();
    await assert.rejects(
      sql`update procedure_versions set processing_time_value = 9 where procedure_id = ${p.id}`.execute(db),
      /only its end date can change/,
    );
    await assert.rejects(
      db.transaction().execute((trx) =>
        sql`insert into procedure_versions (procedure_id, version, effective_from, decision_number, applicants,
            processing_time_value, processing_time_unit, channels, fees, documents, results, legal_basis, steps,
            eform_schema, eform_ui, workflow_template)
          select procedure_id, 2, effective_from + 1, decision_number, applicants, processing_time_value,
            processing_time_unit, channels, fees, documents, results, legal_basis, steps, eform_schema, eform_ui,
            workflow_template from procedure_versions where procedure_id = ${p.id}`.execute(trx),
      ),
      /overlaps version 1/,
    );
    await assert.rejects(
      sql`insert into procedure_versions (procedure_id, version, effective_from, decision_number, applicants,
          processing_time_value, processing_time_unit, channels, fees, documents, results, legal_basis, steps,
          eform_schema, eform_ui, workflow_template)
        select procedure_id, 3, '2099-01-01', decision_number, applicants, processing_time_value,
          processing_time_unit, channels, '[{"amount": -1}]', documents, results, legal_basis, steps, eform_schema,
          eform_ui, workflow_template from procedure_versions where procedure_id = ${p.id}`.execute(db),
      /procedure_versions_fees_not_negative/,
    );
  });

  it('audits every change on the catalogue owner’s chain', async () => {
    const rows = await sql<{
      action: string;
      subject_id: string;
      actor_type: string;
      agency_id: string | null;
    }>`
      select action, subject_id, actor_type, agency_id from audit_log where action like 'catalog.%' order by seq`.execute(
      t.platform.db,
    );
    const actions = rows.rows.map((r) => `${r.action} ${r.subject_id}`);
    for (const a of [
      'catalog.version_scheduled 1.000894',
      'catalog.version_scheduled 1.000656',
      'catalog.version_edited 1.001022',
      'catalog.version_cancelled 1.001022',
    ])
      assert.ok(actions.includes(a), a);
    const province = await t.platform.db
      .selectFrom('agencies')
      .select('id')
      .where('org_id', '=', '000.00.00.H56')
      .executeTakeFirstOrThrow();
    assert.ok(rows.rows.every((r) => r.agency_id === province.id && r.actor_type === 'staff'));
    const outbox = await sql<{
      n: number;
    }>`select count(*)::int as n from outbox where topic like 'catalog.%'`.execute(t.platform.db);
    assert.ok(outbox.rows[0]!.n >= 4);
  });
});
