import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Eform } from '../../../contracts/catalog';
import { checkEformDefinition, validateEformData } from '../../../contracts/eform-validate';
import {
  addField,
  addGroup,
  blankField,
  keyProblem,
  nodeOf,
  readField,
  readGroup,
  removeField,
  writeField,
  writeGroup,
} from './eform-model';
import {
  addSection,
  moveField,
  moveSection,
  moveToSection,
  removeSection,
  sectionIdFrom,
} from './eform-sections';

const seeded = (code: string): Eform => {
  const { schema, ui } = JSON.parse(readFileSync(`seed/catalog/eforms/${code}.json`, 'utf8'));
  return { schema, ui };
};
const ok = (eform: Eform) => assert.deepEqual(checkEformDefinition(eform), []);
const errorPaths = (eform: Eform, data: unknown) =>
  validateEformData(structuredClone(eform), data).errors.map((e) => e.path);

describe('e-form editor model', () => {
  it('reads the seeded birth form’s fields, with conditional requirements', () => {
    const birth = seeded('1.001193');
    const other = readField(birth, 'declarant.relationshipOther');
    assert.equal(other.kind, 'text');
    assert.equal(other.required, true);
    assert.deepEqual(other.visibleIf, { field: 'declarant.relationship', equals: 'other' });
    const relationship = readField(birth, 'declarant.relationship');
    assert.equal(relationship.kind, 'select');
    assert.equal(relationship.options.length, 5);
    assert.equal(readField(birth, 'commitment').kind, 'confirm');
    assert.equal(readField(birth, 'child.dateOfBirth').kind, 'date');
    assert.equal(readField(birth, 'mother.yearOfBirth').kind, 'integer');
    assert.equal(readField(birth, 'declarant.phone').required, false);
  });

  it('rewrites an unchanged field to the same form (reading then writing loses nothing)', () => {
    const birth = seeded('1.001193');
    let again = birth;
    for (const s of birth.ui.sections)
      for (const p of s.fields)
        if (!birth.ui.fields[p]?.group) again = writeField(again, readField(again, p));
    ok(again);
    for (const p of ['declarant.relationshipOther', 'child.dateOfBirth', 'copyCount', 'commitment'])
      assert.deepEqual(readField(again, p), readField(birth, p));
    assert.deepEqual(errorPaths(again, {}), errorPaths(birth, {}));
  });

  it('adds a field to a section and validates data with it', () => {
    const birth = seeded('1.001193');
    assert.equal(
      keyProblem(birth, { section: 'child' }, 'child.fullName')?.en,
      'The key “child.fullName” is already used.',
    );
    assert.match(keyProblem(birth, { section: 'child' }, '1abc')!.vi, /^Mã trường/);
    const withField = addField(birth, { section: 'child' }, 'child.birthWeight', {
      ...blankField('', 'integer'),
      label: { vi: 'Cân nặng khi sinh (gam)', en: 'Birth weight (grams)' },
      required: true,
      minimum: 300,
      maximum: 7000,
    });
    ok(withField);
    assert.equal(withField.ui.sections.find((s) => s.id === 'child')!.fields.at(-1), 'child.birthWeight');
    const result = validateEformData(withField, { child: { birthWeight: 100 } });
    assert.ok(result.errors.some((e) => e.vi === '«Cân nặng khi sinh (gam)» phải >= 300.'));
  });

  it('makes a conditional field required only when it is shown (through if/then)', () => {
    let form = seeded('1.001193');
    form = addField(form, { section: 'copies' }, 'copyPurpose', {
      ...blankField('', 'text'),
      label: { vi: 'Mục đích sử dụng bản sao', en: 'Purpose of the copies' },
      required: true,
      visibleIf: { field: 'copyRequested', equals: true },
    });
    ok(form);
    assert.equal(readField(form, 'copyPurpose').required, true);
    assert.ok(errorPaths(form, { copyRequested: true }).includes('copyPurpose'));
    assert.ok(!errorPaths(form, { copyRequested: false }).includes('copyPurpose'));
    // Across objects: a field of `father` shown by a root checkbox.
    form = addField(form, { section: 'father' }, 'father.occupation', {
      ...blankField('', 'text'),
      required: true,
      visibleIf: { field: 'hasFatherInfo', equals: true },
    });
    ok(form);
    assert.ok(
      errorPaths(form, { hasFatherInfo: true, father: { fullName: 'Lê Văn Cường' } }).includes(
        'father.occupation',
      ),
    );
    // No longer required: the if/then entry goes.
    const optional = writeField(form, { ...readField(form, 'copyPurpose'), required: false });
    ok(optional);
    assert.ok(!errorPaths(optional, { copyRequested: true }).includes('copyPurpose'));
  });

  it('removes a field with the rules that read it', () => {
    const birth = seeded('1.001193');
    const without = removeField(birth, 'declarant.relationship');
    ok(without);
    assert.equal(without.ui.fields['declarant.relationshipOther']?.visibleIf, undefined);
    assert.doesNotMatch(JSON.stringify(without.schema), /"relationship"/);
    const noCopies = removeField(removeField(birth, 'copyCount'), 'copyRequested');
    ok(removeSection(noCopies, 'copies'));
  });

  it('adds an administrative-unit field: a commune code picked from the list', () => {
    const form = addField(seeded('1.001193'), { section: 'child' }, 'child.birthCommune', {
      ...blankField('', 'admin-unit'),
      label: { vi: 'Xã, phường nơi sinh', en: 'Commune of birth' },
    });
    ok(form);
    assert.equal(readField(form, 'child.birthCommune').kind, 'admin-unit');
    assert.equal(form.ui.fields['child.birthCommune']!.widget, 'admin-unit');
    const errors = validateEformData(form, { child: { birthCommune: 'Hàm Rồng' } }).errors;
    assert.ok(errors.some((e) => e.vi === '«Xã, phường nơi sinh» phải là một xã, phường chọn từ danh sách.'));
    assert.ok(
      !validateEformData(form, { child: { birthCommune: '16279' } }).errors.some(
        (e) => e.path === 'child.birthCommune',
      ),
    );
  });

  it('changes a field’s kind: a list becomes text, and its choices go', () => {
    const birth = seeded('1.001193');
    const text = writeField(birth, { ...readField(birth, 'child.sex'), kind: 'text', maxLength: 10 });
    ok(text);
    assert.equal(text.ui.fields['child.sex']!.options, undefined);
    assert.deepEqual(Object.keys(nodeOf(text.schema, 'child.sex')!).sort(), ['maxLength', 'type']);
  });

  it('adds a repeating group (children, copies …) with limits and item fields', () => {
    let form = addGroup(seeded('1.001193'), 'child', 'siblings', 'fullName');
    form = writeField(form, {
      ...readField(form, 'siblings[].fullName'),
      label: { vi: 'Họ và tên anh chị em', en: 'Sibling’s full name' },
      required: true,
      minLength: 2,
    });
    form = addField(form, { group: 'siblings' }, 'yearOfBirth', {
      ...blankField('', 'integer'),
      label: { vi: 'Năm sinh', en: 'Year of birth' },
    });
    form = writeGroup(form, {
      ...readGroup(form, 'siblings'),
      label: { vi: 'Anh chị em ruột', en: 'Siblings' },
      itemLabel: { vi: 'Người', en: 'Person' },
      maxItems: 2,
    });
    ok(form);
    const errors = validateEformData(form, { siblings: [{ fullName: 'An' }, {}, {}] }).errors;
    assert.ok(
      errors.some((e) => e.vi === '«Anh chị em ruột» chỉ được tối đa 2 mục.'),
      JSON.stringify(errors),
    );
    assert.ok(errors.some((e) => e.vi === '«Người 2: Họ và tên anh chị em» là thông tin bắt buộc.'));
    form = moveField(form, 'siblings[].yearOfBirth', -1);
    assert.deepEqual(form.ui.fields.siblings!.group!.fields, [
      'siblings[].yearOfBirth',
      'siblings[].fullName',
    ]);
    const removed = removeField(form, 'siblings');
    ok(removed);
    assert.equal(removed.ui.fields['siblings[].fullName'], undefined);
  });

  it('adds, orders and removes sections', () => {
    let form = seeded('1.001193');
    const id = sectionIdFrom(form, 'Thông tin người giám hộ');
    assert.equal(id, 'thong-tin-nguoi-giam-ho');
    form = addSection(form, id, { vi: 'Thông tin người giám hộ', en: 'Guardian' }, 'guardianName');
    ok(form);
    form = moveSection(form, id, -1);
    assert.equal(form.ui.sections.at(-2)!.id, id);
    form = moveToSection(form, 'madeAt', id);
    assert.ok(form.ui.sections.find((s) => s.id === id)!.fields.includes('madeAt'));
    ok(form);
    form = removeSection(form, id);
    assert.equal(form.schema.properties && 'guardianName' in (form.schema.properties as object), false);
    assert.equal(sectionIdFrom(form, 'Người mẹ'), 'nguoi-me');
  });
});
