import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { EformError } from '../../../src/contracts/catalog';
import { getVersionInForce, validateFormData } from '../../../src/server/modules/catalog';
import type { TestContext } from '../../support/app';
import { as, type Session, signInStaff } from '../../support/identity';
import { birthData, createCatalogTestApp, smallEform } from './fixtures';

describe('e-form validation with bilingual messages', () => {
  let t: TestContext;
  let admin: Session;
  before(async () => {
    t = await createCatalogTestApp();
    admin = await signInStaff(t.app, t.platform, 'quantri.hamrong');
  });
  after(() => t.close());

  const validate = async (code: string, data: unknown) => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/procedures/${code}/eform/validate`,
      payload: { data },
    });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { valid: boolean; errors: EformError[] };
  };
  const errorAt = (errors: EformError[], path: string) => errors.find((e) => e.path === path);

  it('accepts a complete birth declaration', async () => {
    assert.deepEqual(await validate('1.001193', birthData()), { valid: true, errors: [] });
  });

  it('names a missing child’s name and an impossible date in Vietnamese and English', async () => {
    const data = birthData();
    delete (data.child as Partial<typeof data.child>).fullName;
    data.child.dateOfBirth = '2026-02-30';
    const res = await validate('1.001193', data);
    assert.equal(res.valid, false);
    assert.deepEqual(errorAt(res.errors, 'child.fullName'), {
      path: 'child.fullName',
      vi: '«Họ, chữ đệm, tên người được khai sinh» là thông tin bắt buộc.',
      en: '“Full name of the child” is required.',
    });
    assert.deepEqual(errorAt(res.errors, 'child.dateOfBirth'), {
      path: 'child.dateOfBirth',
      vi: '«Ngày, tháng, năm sinh» phải là một ngày có thật, dạng YYYY-MM-DD.',
      en: '“Date of birth” must be a real date (YYYY-MM-DD).',
    });
    assert.equal(res.errors.length, 2);
  });

  it('requires a conditional field only when it is shown, and ignores it when hidden', async () => {
    const wants = { ...birthData(), copyCount: undefined };
    const missing = await validate('1.001193', JSON.parse(JSON.stringify(wants)));
    assert.deepEqual(errorAt(missing.errors, 'copyCount'), {
      path: 'copyCount',
      vi: '«Số lượng bản sao» là thông tin bắt buộc.',
      en: '“Number of copies” is required.',
    });
    const hidden = await validate('1.001193', { ...birthData(), copyRequested: false, copyCount: 'nhiều' });
    assert.deepEqual(hidden, { valid: true, errors: [] });
    const noFather = await validate('1.001193', {
      ...birthData(),
      hasFatherInfo: false,
      father: { fullName: 1 },
    });
    assert.deepEqual(noFather, { valid: true, errors: [] });
    const other = birthData();
    other.declarant.relationship = 'other';
    assert.equal(
      errorAt((await validate('1.001193', other)).errors, 'declarant.relationshipOther')?.en,
      '“Describe the relationship” is required.',
    );
  });

  it('uses the field’s own pattern message and words errors of repeating groups by item', async () => {
    const data = birthData();
    data.declarant.personalId = '12345';
    assert.equal(
      errorAt((await validate('1.001193', data)).errors, 'declarant.personalId')?.vi,
      '«Số định danh cá nhân người yêu cầu» phải gồm đúng 12 chữ số (số định danh cá nhân).',
    );
    const hkd = await validate('1.001612', {
      foundedByFamily: true,
      members: [{ fullName: 'Trần Thị Lan', personalId: '038192004321' }, { personalId: '1' }],
    });
    assert.deepEqual(errorAt(hkd.errors, 'members.1.fullName'), {
      path: 'members.1.fullName',
      vi: '«Thành viên 2: Họ, chữ đệm, tên» là thông tin bắt buộc.',
      en: '“Member 2: Full name” is required.',
    });
    const alone = await validate('1.001612', { foundedByFamily: false, members: [{ personalId: '1' }] });
    assert.equal(
      alone.errors.some((e) => e.path.startsWith('members')),
      false,
    );
  });

  it('gives the dossier module the same check on the pinned version', async () => {
    const version = await getVersionInForce(t.platform.db, '1.001193', new Date());
    assert.equal(version.procedureCode, '1.001193');
    assert.deepEqual(validateFormData(version, birthData()), { valid: true, errors: [] });
    assert.equal(validateFormData(version, {}).valid, false);
  });

  it('previews an unsaved e-form for an agency admin: definition problems, then sample data', async () => {
    const preview = (eform: unknown, data: unknown) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/catalog/eform-preview',
        headers: as(admin),
        payload: { eform, data },
      });
    const ok = await preview(smallEform(), { fullName: 'A', wantsCopy: true });
    assert.equal(ok.statusCode, 200);
    assert.deepEqual(ok.json().definitionErrors, []);
    assert.deepEqual(
      ok
        .json()
        .errors.map((e: EformError) => e.path)
        .sort(),
      ['copies', 'fullName'],
    );
    const broken = smallEform();
    (broken.schema.properties as Record<string, unknown>).date = { type: 'strin' };
    const bad = (await preview(broken, {})).json();
    assert.equal(bad.valid, false);
    assert.deepEqual(bad.definitionErrors[0], {
      path: 'schema.properties.date.type',
      vi: 'Kiểu «strin» không tồn tại (dùng: string, number, integer, boolean, object, array, null).',
      en: 'There is no type “strin” (use: string, number, integer, boolean, object, array, null).',
    });
    const unlabelled = smallEform();
    delete unlabelled.ui.fields.date;
    assert.equal((await preview(unlabelled, {})).json().definitionErrors[0].path, 'ui.fields.date');
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/catalog/eform-preview',
      payload: { eform: smallEform(), data: {} },
    });
    assert.equal(anonymous.statusCode, 401);
  });
});
