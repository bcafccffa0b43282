import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { ProcedureDetail } from '../../../src/contracts/catalog';
import { instantiateValidator } from '../../../src/contracts/eform-standalone';
import {
  addField,
  addGroup,
  blankField,
  readField,
  readGroup,
  writeField,
  writeGroup,
} from '../../../src/web/backoffice/catalog/eform-model';
import { blankVersion } from '../../../src/web/backoffice/catalog/version-form';
import type { TestContext } from '../../support/app';
import { as, type Session, signInStaff } from '../../support/identity';
import { addDays, createCatalogTestApp, signInProvinceAdmin } from './fixtures';

/** A form built the way the back office's field editor builds it (no JSON written by hand). */
function editorBuiltForm() {
  let form = blankVersion(addDays(0)).eform;
  form = addField(form, { section: 'applicant' }, 'purpose', {
    ...blankField('', 'select'),
    label: { vi: 'Mục đích', en: 'Purpose' },
    required: true,
    options: [
      { value: 'work', label: { vi: 'Đi làm', en: 'Work' } },
      { value: 'other', label: { vi: 'Khác', en: 'Other' } },
    ],
  });
  form = addField(form, { section: 'applicant' }, 'purposeOther', {
    ...blankField('', 'text'),
    label: { vi: 'Mục đích khác', en: 'Other purpose' },
    required: true,
    visibleIf: { field: 'purpose', equals: 'other' },
  });
  form = addGroup(form, 'applicant', 'children', 'fullName');
  form = writeField(form, {
    ...readField(form, 'children[].fullName'),
    label: { vi: 'Họ và tên con', en: 'Child’s full name' },
    required: true,
  });
  form = writeGroup(form, {
    ...readGroup(form, 'children'),
    label: { vi: 'Các con', en: 'Children' },
    itemLabel: { vi: 'Con', en: 'Child' },
    maxItems: 3,
  });
  return form;
}

describe('procedure administration: create and edit through forms, audited', () => {
  let t: TestContext;
  let province: Session;
  let commune: Session;
  before(async () => {
    t = await createCatalogTestApp();
    province = await signInProvinceAdmin(t, await signInStaff(t.app, t.platform, 'admin'));
    commune = await signInStaff(t.app, t.platform, 'quantri.hamrong');
  });
  after(() => t.close());

  const body = (over: Record<string, unknown> = {}) => ({
    code: '9.100001',
    name: 'Xác nhận thông tin thử nghiệm',
    nameEn: 'Confirmation of test information',
    fieldCode: 'ho-tich',
    levels: ['commune'],
    onlineServiceLevel: 'full',
    firstVersion: {
      ...blankVersion(addDays(0)),
      effectiveFrom: addDays(5),
      decision: { number: '88/QĐ-UBND', date: null },
      eform: editorBuiltForm(),
    },
    ...over,
  });
  const create = (payload: unknown, s = province) =>
    t.app.inject({ method: 'POST', url: '/api/v1/procedures', headers: as(s), payload: payload as object });
  const audit = async (action: string, code: string) =>
    (
      await sql<{ data: Record<string, unknown>; actor_type: string }>`
        select data, actor_type from audit_log where action = ${action} and subject_id = ${code}`.execute(
        t.platform.db,
      )
    ).rows;

  it('creates a procedure whose editor-built e-form validates as the portal will', async () => {
    const res = await create(body());
    assert.equal(res.statusCode, 201, res.body);
    const created = res.json() as ProcedureDetail;
    assert.equal(created.currentVersion, null);
    assert.equal(created.nextVersion?.version, 1);
    const [row] = await audit('catalog.procedure_created', '9.100001');
    assert.equal(row?.actor_type, 'staff');
    const version = (await t.app.inject('/api/v1/procedures/9.100001/versions')).json().items[0];
    const source = (await t.app.inject(version.eformValidator)).body;
    const module = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
    const check = instantiateValidator(module, version.eform);
    const result = check.validate({
      fullName: 'Phạm Thị Hoa',
      personalId: '038190001234',
      purpose: 'other',
      children: [{ fullName: 'Phạm Minh An' }, {}],
    });
    assert.deepEqual(
      result.errors.map((e) => e.vi),
      ['«Mục đích khác» là thông tin bắt buộc.', '«Con 2: Họ và tên con» là thông tin bắt buộc.'],
    );
  });

  it('refuses an invalid e-form with its path and reason in both languages, and creates nothing', async () => {
    const form = editorBuiltForm();
    const broken = writeField(form, { ...readField(form, 'fullName'), minLength: 50, maxLength: 10 });
    const res = await create(
      body({ code: '9.100002', firstVersion: { ...body().firstVersion, eform: broken } }),
    );
    assert.equal(res.statusCode, 400);
    const problem = res.json();
    assert.deepEqual(
      problem.errors.find((e: { path: string }) => e.path.endsWith('fullName.minLength')),
      {
        path: 'body.firstVersion.eform.schema.properties.fullName.minLength',
        vi: 'minLength (50) lớn hơn maxLength (10): không giá trị nào hợp lệ.',
        en: 'minLength (50) is greater than maxLength (10): no value could be valid.',
      },
    );
    assert.equal((await t.app.inject('/api/v1/procedures/9.100002')).statusCode, 404);
  });

  it('edits the name and field, recording the values before and after', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/procedures/9.100001',
      headers: as(province),
      payload: { name: 'Xác nhận thông tin (đã sửa tên)', fieldCode: 'chung-thuc' },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().name, 'Xác nhận thông tin (đã sửa tên)');
    assert.equal(res.json().field.code, 'chung-thuc');
    const [row] = await audit('catalog.procedure_updated', '9.100001');
    assert.ok(row, 'the edit is audited');
    assert.deepEqual(row.data.changes, { name: 'Xác nhận thông tin (đã sửa tên)', fieldCode: 'chung-thuc' });
    assert.deepEqual((row.data.before as Record<string, unknown>).name, 'Xác nhận thông tin thử nghiệm');
  });

  it('keeps creation and edits to the catalogue’s owner (a commune admin gets 404)', async () => {
    assert.equal((await create(body({ code: '9.100003' }), commune)).statusCode, 404);
    const patch = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/procedures/9.100001',
      headers: as(commune),
      payload: { name: 'Không được sửa' },
    });
    assert.equal(patch.statusCode, 404);
  });
});
