import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { catalogModule } from '../../../src/server/modules/catalog';
import { readSeedCatalog } from '../../../src/server/modules/catalog/seed/reference';
import { createLogger } from '../../../src/server/platform/logger';
import { createTestApp, type TestContext } from '../../support/app';

describe('the seeded catalogue of commune-level procedures', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('holds the 43 national records with their codes, decisions and one version from 2025-07-01', async () => {
    const rows = await sql<{ code: string; n: number; from: string; decision: string }>`
      select p.code, count(v.id)::int as n, min(v.effective_from) as "from", min(v.decision_number) as decision
      from procedures p join procedure_versions v on v.procedure_id = p.id group by p.code`.execute(
      t.platform.db,
    );
    assert.equal(rows.rows.length, 43);
    assert.ok(rows.rows.every((r) => r.n === 1 && r.from === '2025-07-01'));
    const byCode = new Map(rows.rows.map((r) => [r.code, r]));
    assert.equal(byCode.get('1.001193')!.decision, '163/QĐ-BTP');
    assert.equal(byCode.get('1.001612')!.decision, '2353/QĐ-BTC');
    const fields = await t.platform.db.selectFrom('catalog_fields').select('code').execute();
    assert.equal(fields.length, 9);
  });

  it('has hand-written e-forms for the six main procedures and a generic one for the others', () => {
    const { doc, handWrittenForms } = readSeedCatalog();
    assert.deepEqual(handWrittenForms.sort(), [
      '1.000656',
      '1.000894',
      '1.001193',
      '1.001612',
      '1.004873',
      '2.000815',
    ]);
    const formOf = (code: string) => doc.procedures.find((p) => p.code === code)!.versions[0]!.eform;
    assert.equal(formOf('1.004222').schema.title, 'Đơn đề nghị');
    for (const code of handWrittenForms) {
      const { ui } = formOf(code);
      assert.notEqual(formOf(code).schema.title, 'Đơn đề nghị', code);
      for (const [path, hints] of Object.entries(ui.fields))
        assert.ok(hints.label.vi && hints.label.en, `${code} ${path}`);
    }
    assert.ok(formOf('1.001612').ui.fields.members?.group, 'household members repeat');
    assert.ok(formOf('2.000815').ui.fields.documents?.group, 'papers to certify repeat');
  });

  it('applies the documented rules where the record is silent', () => {
    const { doc } = readSeedCatalog();
    const v = (code: string) => doc.procedures.find((p) => p.code === code)!.versions[0]!;
    const p = (code: string) => doc.procedures.find((x) => x.code === code)!;
    // Bare "1" in the record, 15:00 rule in the steps.
    assert.deepEqual(
      [v('1.001193').processingTime, v('1.001193').afternoonCutoff],
      [{ value: 1, unit: 'working_days' }, '15:00'],
    );
    assert.deepEqual(v('2.000815').processingTime, { value: 1, unit: 'working_days' });
    assert.deepEqual(v('2.001035').processingTime, { value: 2, unit: 'working_days' });
    assert.deepEqual(v('2.001159').processingTime, { value: 1, unit: 'working_hours' });
    assert.deepEqual(v('1.012812').processingTime, { value: 40, unit: 'days' });
    // Online service level defaults.
    assert.equal(p('1.001193').onlineServiceLevel, 'full');
    assert.equal(p('2.000815').onlineServiceLevel, 'partial');
    assert.equal(p('1.004222').onlineServiceLevel, 'partial');
    assert.equal(p('3.000228').onlineServiceLevel, null);
    // Fees: per page with tiers and a cap; per channel; USD rows (abroad) left out.
    assert.deepEqual(
      v('2.000815').fees.map((f) => [f.amount, f.basis, f.maxAmount]),
      [[2000, 'page', 200000]],
    );
    assert.deepEqual(
      v('1.004222').fees.map((f) => [f.amount, f.channels]),
      [
        [10000, ['online']],
        [20000, ['in_person']],
      ],
    );
    assert.ok(v('1.001612').fees.every((f) => f.setByProvincialCouncil));
    // Explanatory lines are not papers; first letters of later results repaired.
    assert.ok(v('1.001193').documents.every((d) => !d.name.startsWith('Trường hợp các thông tin cá nhân')));
    assert.deepEqual(
      v('1.000689').results.map((r) => r.name),
      ['Giấy khai sinh', 'Trích lục đăng ký nhận cha, mẹ, con'],
    );
    assert.ok(v('2.000720').applicants.includes('household_business'));
  });

  it('loads again only when the seed changed, and never overwrites what editors changed', async () => {
    const deps = { db: t.platform.db, logger: createLogger('silent') };
    await sql`update procedures set name = 'Tên do biên tập viên sửa' where code = '1.001193'`.execute(
      t.platform.db,
    );
    await catalogModule.loadReference!(deps);
    await sql`delete from catalog_reference_data`.execute(t.platform.db);
    // A procedure missing from the catalogue (its versions are otherwise undeletable: lift the guard here).
    await sql`alter table procedure_versions disable trigger procedure_versions_frozen`.execute(
      t.platform.db,
    );
    await sql`delete from procedure_versions where procedure_id = (select id from procedures where code = '2.001263')`.execute(
      t.platform.db,
    );
    await sql`delete from procedures where code = '2.001263'`.execute(t.platform.db);
    await sql`alter table procedure_versions enable trigger procedure_versions_frozen`.execute(t.platform.db);
    await catalogModule.loadReference!(deps);
    const names = await sql<{ code: string; name: string }>`
      select code, name from procedures where code in ('1.001193', '2.001263') order by code`.execute(
      t.platform.db,
    );
    assert.deepEqual(names.rows, [
      { code: '1.001193', name: 'Tên do biên tập viên sửa' },
      { code: '2.001263', name: 'Đăng ký việc nuôi con nuôi trong nước' },
    ]);
  });
});
