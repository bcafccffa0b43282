import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Eform } from './catalog';
import { adminUnitCodes, formFacts, readableValue } from './eform-read';

describe('values as a person reads them', () => {
  const sex = {
    options: [{ value: 'male', label: { vi: 'Nam', en: 'Male' } }],
    label: { vi: 'Giới tính', en: 'Sex' },
  };

  it('shows option labels, yes/no, Vietnamese dates and numbers in the reader’s language', () => {
    assert.equal(readableValue({ type: 'string', enum: ['male'] }, sex, 'male', 'vi'), 'Nam');
    assert.equal(readableValue({ type: 'string', enum: ['male'] }, sex, 'male', 'en'), 'Male');
    assert.equal(readableValue({ type: 'boolean' }, undefined, true, 'vi'), 'Có');
    assert.equal(readableValue({ type: 'boolean' }, undefined, false, 'en'), 'No');
    assert.equal(
      readableValue({ type: 'string', format: 'date' }, undefined, '2026-03-15', 'vi'),
      '15/03/2026',
    );
    assert.equal(readableValue({ type: 'integer' }, undefined, 1500000, 'vi'), '1.500.000');
    assert.equal(readableValue({ type: 'integer' }, undefined, 1992, 'vi'), '1992');
    assert.equal(readableValue({ type: 'string' }, undefined, undefined, 'vi'), 'Không khai');
    assert.equal(readableValue({ type: 'string' }, undefined, 'Nguyễn Văn An', 'vi'), 'Nguyễn Văn An');
  });
});

describe('the facts of a filled-in form', () => {
  const label = (vi: string) => ({ label: { vi, en: vi } });
  const eform: Eform = {
    schema: {
      type: 'object',
      properties: {
        owner: {
          type: 'object',
          properties: { fullName: { type: 'string' }, sex: { type: 'string', enum: ['male', 'female'] } },
        },
        ward: { type: 'string' },
        hasMembers: { type: 'boolean' },
        members: {
          type: 'array',
          items: {
            type: 'object',
            properties: { fullName: { type: 'string' }, born: { type: 'string', format: 'date' } },
          },
        },
        note: { type: 'string' },
        commitment: { type: 'boolean', const: true },
      },
    },
    ui: {
      sections: [
        {
          id: 'owner',
          title: { vi: 'Chủ hộ', en: 'Owner' },
          fields: ['owner.fullName', 'owner.sex', 'ward'],
        },
        { id: 'members', title: { vi: 'Thành viên', en: 'Members' }, fields: ['hasMembers', 'members'] },
        { id: 'other', title: { vi: 'Khác', en: 'Other' }, fields: ['note'] },
        { id: 'end', title: { vi: 'Cam đoan', en: 'Declaration' }, fields: ['commitment'] },
      ],
      fields: {
        'owner.fullName': label('Họ, chữ đệm, tên'),
        'owner.sex': {
          ...label('Giới tính'),
          options: [
            { value: 'male', label: { vi: 'Nam', en: 'Male' } },
            { value: 'female', label: { vi: 'Nữ', en: 'Female' } },
          ],
        },
        ward: { ...label('Phường, xã'), widget: 'admin-unit' },
        hasMembers: label('Có thành viên'),
        members: {
          ...label('Thành viên hộ'),
          visibleIf: { field: 'hasMembers', equals: true },
          group: {
            itemLabel: { vi: 'Thành viên', en: 'Member' },
            fields: ['members[].fullName', 'members[].born'],
          },
        },
        'members[].fullName': label('Họ tên'),
        'members[].born': label('Ngày sinh'),
        note: label('Ghi chú'),
        commitment: label('Tôi cam đoan'),
      },
    },
  } as never;

  it('labels each answer, names the unit, numbers the items, and leaves out blanks and the declaration', () => {
    const data = {
      owner: { fullName: 'Lê Thị Hạnh', sex: 'female' },
      ward: '14935',
      hasMembers: true,
      members: [{ fullName: 'Lê Văn Tú', born: '2001-02-03' }, { fullName: 'Lê Thu' }],
      note: '  ',
      commitment: true,
    };
    const facts = formFacts(eform, data, 'vi', (code) => (code === '14935' ? 'Phường Hàm Rồng' : undefined));
    assert.deepEqual(facts, [
      {
        title: 'Chủ hộ',
        rows: [
          { label: 'Họ, chữ đệm, tên', value: 'Lê Thị Hạnh' },
          { label: 'Giới tính', value: 'Nữ' },
          { label: 'Phường, xã', value: 'Phường Hàm Rồng' },
        ],
      },
      {
        title: 'Thành viên',
        rows: [
          { label: 'Có thành viên', value: 'Có' },
          { label: 'Thành viên 1', value: '', item: true },
          { label: 'Họ tên', value: 'Lê Văn Tú' },
          { label: 'Ngày sinh', value: '03/02/2001' },
          { label: 'Thành viên 2', value: '', item: true },
          { label: 'Họ tên', value: 'Lê Thu' },
        ],
      },
    ]);
    assert.deepEqual(adminUnitCodes(eform, data), ['14935']);
  });

  it('leaves out a hidden group, even when stale items are still in the data', () => {
    const facts = formFacts(
      eform,
      { owner: { fullName: 'A B' }, hasMembers: false, members: [{ fullName: 'X' }] },
      'en',
    );
    assert.deepEqual(
      facts.map((s) => [s.title, s.rows.map((r) => r.value)]),
      [
        ['Owner', ['A B']],
        ['Members', ['No']],
      ],
    );
  });
});
