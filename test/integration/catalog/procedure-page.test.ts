import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ProcedureDetail, Version } from '../../../src/contracts/catalog';
import type { TestContext } from '../../support/app';
import { createCatalogTestApp } from './fixtures';

describe('the procedure page', () => {
  let t: TestContext;
  let birth: ProcedureDetail;
  before(async () => {
    t = await createCatalogTestApp();
    const res = await t.app.inject('/api/v1/procedures/1.001193');
    assert.equal(res.statusCode, 200, res.body);
    birth = res.json();
  });
  after(() => t.close());

  it('says what a citizen must know before starting: who, where, how long, how much, which papers', () => {
    assert.equal(birth.name, 'Thủ tục đăng ký khai sinh');
    assert.deepEqual(birth.field, { code: 'ho-tich', name: 'Hộ tịch' });
    assert.deepEqual(birth.levels, ['commune']);
    assert.equal(birth.onlineServiceLevel, 'full');
    assert.deepEqual(birth.agencies.map((a) => a.name).sort(), [
      'Ủy ban nhân dân phường Hàm Rồng',
      'Ủy ban nhân dân phường Hạc Thành',
      'Ủy ban nhân dân phường Quảng Phú',
    ]);
    const v = birth.currentVersion!;
    assert.equal(v.version, 1);
    assert.equal(v.status, 'in_force');
    assert.equal(v.effectiveFrom, '2025-07-01');
    assert.equal(v.effectiveTo, null);
    assert.deepEqual(v.decision, { number: '163/QĐ-BTP', date: null });
    assert.deepEqual(v.applicants, ['citizen', 'overseas_vietnamese']);
    assert.deepEqual(v.processingTime, { value: 1, unit: 'working_days' });
    assert.equal(v.afternoonCutoff, '15:00');
    assert.match(v.timeNote ?? '', /sau 15 giờ/);
    assert.deepEqual(
      v.channels.map((c) => c.channel),
      ['online', 'postal', 'in_person'],
    );
    assert.equal(v.fees[0]!.amount, 0);
    const certificate = v.documents.find((d) => d.name.startsWith('Giấy chứng sinh'))!;
    assert.equal(certificate.requirement, 'mandatory');
    assert.equal(certificate.form, 'original');
    assert.equal(certificate.submission, 'submit');
    const idPaper = v.documents.find((d) => d.name.startsWith('Hộ chiếu/Thẻ căn cước'))!;
    assert.equal(idPaper.submission, 'present');
    assert.ok(v.documents.some((d) => d.templateFile?.includes('TT 04/2020/TT-BTP')));
    // Explanatory lines of the record (quantity 0) are not papers to submit.
    assert.ok(!v.documents.some((d) => d.name.startsWith('Trường hợp gửi hồ sơ qua hệ thống bưu chính')));
    assert.deepEqual(v.results, [{ name: 'Giấy khai sinh', code: 'KQ.G15.000031' }]);
    const decree = v.legalBasis.find((l) => l.number === '123/2015/NĐ-CP')!;
    assert.match(decree.title ?? '', /Luật Hộ tịch/);
    assert.ok(v.steps.length >= 3);
    assert.equal(v.workflowTemplate, 'standard');
    assert.equal(birth.nextVersion, null);
  });

  it('carries the e-form: the JSON Schema at currentVersion.eform.schema and bilingual UI hints', () => {
    const { schema, ui } = birth.currentVersion!.eform;
    assert.equal(schema.type, 'object');
    const props = schema.properties as Record<string, { properties?: Record<string, unknown> }>;
    for (const key of [
      'fullName',
      'sex',
      'dateOfBirth',
      'placeOfBirth',
      'ethnicity',
      'nationality',
      'nativePlace',
    ])
      assert.ok(props.child?.properties?.[key], `child.${key}`);
    for (const who of ['mother', 'father'])
      for (const key of ['fullName', 'yearOfBirth', 'ethnicity', 'nationality', 'residence', 'personalId'])
        assert.ok(props[who]?.properties?.[key], `${who}.${key}`);
    assert.ok(props.declarant?.properties?.relationship);
    assert.ok(props.copyCount && props.commitment);
    assert.deepEqual(ui.fields['child.fullName']!.label, {
      vi: 'Họ, chữ đệm, tên người được khai sinh',
      en: 'Full name of the child',
    });
    assert.deepEqual(ui.fields.copyCount!.visibleIf, { field: 'copyRequested', equals: true });
    assert.ok(ui.sections.some((s) => s.id === 'father' && s.visibleIf?.field === 'hasFatherInfo'));
  });

  it('documents where the e-form schema is in the OpenAPI description', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    assert.match(doc.paths['/api/v1/procedures/{code}'].get.description, /currentVersion\.eform\.schema/);
  });

  it('lists the versions with their status', async () => {
    const res = await t.app.inject('/api/v1/procedures/2.000815/versions');
    const items = res.json().items as Version[];
    assert.equal(items.length, 1);
    assert.equal(items[0]!.status, 'in_force');
    assert.deepEqual(items[0]!.fees[0]!.tiers, [{ fromUnit: 3, amount: 1000 }]);
    assert.equal(items[0]!.fees[0]!.maxAmount, 200000);
  });

  it('answers 404 for an unknown procedure and 400 for a malformed code', async () => {
    assert.equal((await t.app.inject('/api/v1/procedures/9.999999')).statusCode, 404);
    assert.equal((await t.app.inject('/api/v1/procedures/9.999999/versions')).statusCode, 404);
    assert.equal((await t.app.inject('/api/v1/procedures/khai-sinh')).statusCode, 400);
  });
});
