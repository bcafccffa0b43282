import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Eform } from '../../../contracts/catalog';
import { validateEformData } from '../../../contracts/eform-validate';
import {
  concretePath,
  formDataErrors,
  getAt,
  initialValues,
  isRequired,
  isSectionVisible,
  placeErrors,
  setAt,
  widgetOf,
} from './form-data';

const label = (vi: string) => ({ vi, en: vi });

// A small form with what the catalogue's forms use: nested objects, a condition, a group, a tick box.
const FORM: Eform = {
  schema: {
    type: 'object',
    required: ['person', 'hasPartner', 'commitment'],
    additionalProperties: false,
    allOf: [
      {
        if: { required: ['hasPartner'], properties: { hasPartner: { const: true } } },
        // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword
        then: { required: ['partner'] },
      },
    ],
    properties: {
      person: {
        type: 'object',
        required: ['fullName', 'personalId'],
        additionalProperties: false,
        properties: {
          fullName: { type: 'string', minLength: 2, maxLength: 100 },
          personalId: { type: 'string', pattern: '^\\d{12}$' },
          sex: { type: 'string', enum: ['male', 'female'] },
        },
      },
      hasPartner: { type: 'boolean' },
      partner: {
        type: 'object',
        required: ['fullName'],
        additionalProperties: false,
        properties: { fullName: { type: 'string', minLength: 2, maxLength: 100 } },
      },
      children: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['name'],
          additionalProperties: false,
          properties: { name: { type: 'string', minLength: 2, maxLength: 50 } },
        },
      },
      commitment: { type: 'boolean', const: true },
    },
  },
  ui: {
    sections: [
      {
        id: 'person',
        title: label('Người khai'),
        fields: ['person.fullName', 'person.personalId', 'person.sex'],
      },
      { id: 'partner-known', title: label('Vợ, chồng'), fields: ['hasPartner'] },
      {
        id: 'partner',
        title: label('Thông tin vợ, chồng'),
        fields: ['partner.fullName'],
        visibleIf: { field: 'hasPartner', equals: true },
      },
      { id: 'children', title: label('Con'), fields: ['children', 'commitment'] },
    ],
    fields: {
      'person.fullName': { label: label('Họ, chữ đệm, tên') },
      'person.personalId': {
        label: label('Số định danh cá nhân'),
        widget: 'personal-id',
        patternMessage: { vi: 'phải gồm đúng 12 chữ số', en: 'must be exactly 12 digits' },
      },
      'person.sex': {
        label: label('Giới tính'),
        options: [
          { value: 'male', label: { vi: 'Nam', en: 'Male' } },
          { value: 'female', label: { vi: 'Nữ', en: 'Female' } },
        ],
      },
      hasPartner: { label: label('Đã kết hôn'), widget: 'checkbox' },
      'partner.fullName': { label: label('Họ tên vợ, chồng') },
      children: {
        label: label('Các con'),
        group: { fields: ['children[].name'], addLabel: label('Thêm con'), itemLabel: label('Con') },
      },
      'children[].name': { label: label('Tên') },
      commitment: { label: label('Tôi cam đoan'), widget: 'checkbox' },
    },
  },
};

describe('reading and writing values at data paths', () => {
  it('writes nested values without touching the original, and a blank value removes the key', () => {
    const before = { person: { fullName: 'An' } };
    const after = setAt(before, 'person.personalId', '038090012345');
    assert.deepEqual(before, { person: { fullName: 'An' } });
    assert.deepEqual(after, { person: { fullName: 'An', personalId: '038090012345' } });
    assert.deepEqual(setAt(after, 'person.fullName', ''), { person: { personalId: '038090012345' } });
    assert.deepEqual(setAt(after, 'person.fullName', undefined), { person: { personalId: '038090012345' } });
  });

  it('writes inside the items of a repeating group', () => {
    const data = setAt({ children: [{ name: 'Bình' }, {}] }, 'children.1.name', 'Cúc');
    assert.deepEqual(data, { children: [{ name: 'Bình' }, { name: 'Cúc' }] });
    assert.equal(getAt(data, 'children.1.name'), 'Cúc');
    assert.equal(getAt(data, 'children.5.name'), undefined);
    assert.equal(concretePath('children[].name', 1), 'children.1.name');
  });
});

describe('a blank form', () => {
  it('starts unticked boxes at false (an answer), but not a box that must be ticked', () => {
    assert.deepEqual(initialValues(FORM), { hasPartner: false });
  });

  it('knows which fields are always required and how each is drawn', () => {
    assert.equal(isRequired(FORM.schema, 'person.fullName'), true);
    assert.equal(isRequired(FORM.schema, 'person.sex'), false);
    assert.equal(isRequired(FORM.schema, 'children[].name'), true);
    assert.equal(widgetOf({ type: 'string', enum: ['a', 'b'] }, undefined), 'radio');
    assert.equal(widgetOf({ type: 'string', enum: ['a', 'b', 'c', 'd', 'e'] }, undefined), 'select');
    assert.equal(widgetOf({ type: 'integer' }, undefined), 'number');
    assert.equal(widgetOf({ type: 'string', format: 'date' }, undefined), 'date');
  });

  it('shows a conditional section only when its condition holds', () => {
    const partner = FORM.ui.sections[2]!;
    assert.equal(isSectionVisible(partner, { hasPartner: false }), false);
    assert.equal(isSectionVisible(partner, { hasPartner: true }), true);
  });
});

describe('placing the shared validator’s messages on the page', () => {
  it('puts field messages under their field, object messages on their section, the rest on top', () => {
    const { errors } = validateEformData(FORM, {
      person: { fullName: 'An', personalId: '12345' },
      hasPartner: true,
      children: [{}],
      commitment: false,
      stale: 1,
    });
    const placed = placeErrors(FORM, errors);
    assert.equal(
      placed.fields.get('person.personalId')?.vi,
      '«Số định danh cá nhân» phải gồm đúng 12 chữ số.',
    );
    assert.equal(placed.fields.get('children.0.name')?.vi, '«Con 1: Tên» là thông tin bắt buộc.');
    assert.equal(placed.fields.get('commitment')?.en, '“Tôi cam đoan” must be ticked.');
    assert.deepEqual(
      placed.sections.get('partner')?.map((e) => e.path),
      ['partner'],
    );
    assert.deepEqual(
      placed.others.map((e) => e.path),
      ['stale'],
    );
  });

  it('reads the server’s formData.* problems as e-form paths and ignores the others', () => {
    assert.deepEqual(
      formDataErrors([
        { path: 'formData.person.fullName', vi: 'a', en: 'b' },
        { path: 'body.formData.commitment', vi: 'c', en: 'd' },
        { path: 'attachments.paper:3', vi: 'e', en: 'f' },
      ]),
      [
        { path: 'person.fullName', vi: 'a', en: 'b' },
        { path: 'commitment', vi: 'c', en: 'd' },
      ],
    );
  });
});
