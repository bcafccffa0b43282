import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Eform } from './catalog';
import { fieldOrder, isVisible, pruneHidden } from './eform-paths';
import {
  checkEformDefinition,
  compileEform,
  EformDefinitionError,
  validateEformData,
} from './eform-validate';

const L = (vi: string, en: string) => ({ vi, en });

/** A household form: a person, a choice with an "other" field, and a repeating group shown on demand. */
function form(): Eform {
  return {
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['person', 'kind', 'hasMembers', 'agree'],
      properties: {
        person: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'born'],
          properties: {
            name: { type: 'string', minLength: 2, maxLength: 50 },
            born: { type: 'string', format: 'date' },
            id: { type: 'string', pattern: '^\\d{12}$' },
          },
        },
        kind: { type: 'string', enum: ['a', 'other'] },
        kindOther: { type: 'string', minLength: 1 },
        hasMembers: { type: 'boolean' },
        members: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['name'],
            properties: { name: { type: 'string', minLength: 1 }, age: { type: 'integer', minimum: 0 } },
          },
        },
        agree: { type: 'boolean', const: true },
      },
      allOf: [
        {
          if: { properties: { kind: { const: 'other' } }, required: ['kind'] },
          // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword
          then: { required: ['kindOther'] },
        },
        {
          if: { properties: { hasMembers: { const: true } }, required: ['hasMembers'] },
          // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword
          then: { required: ['members'] },
        },
      ],
    },
    ui: {
      sections: [
        {
          id: 'person',
          title: L('Người khai', 'Declarant'),
          fields: ['person.name', 'person.born', 'person.id'],
        },
        { id: 'kind', title: L('Loại', 'Kind'), fields: ['kind', 'kindOther'] },
        { id: 'members', title: L('Thành viên', 'Members'), fields: ['hasMembers', 'members', 'agree'] },
      ],
      fields: {
        'person.name': { label: L('Họ tên', 'Name') },
        'person.born': { label: L('Ngày sinh', 'Date of birth'), widget: 'date' },
        'person.id': {
          label: L('Số định danh', 'ID number'),
          patternMessage: L('gồm 12 chữ số', 'must be 12 digits'),
        },
        kind: {
          label: L('Loại', 'Kind'),
          options: [
            { value: 'a', label: L('A', 'A') },
            { value: 'other', label: L('Khác', 'Other') },
          ],
        },
        kindOther: { label: L('Loại khác', 'Other kind'), visibleIf: { field: 'kind', equals: 'other' } },
        hasMembers: { label: L('Có thành viên', 'Has members'), widget: 'checkbox' },
        members: {
          label: L('Thành viên', 'Members'),
          visibleIf: { field: 'hasMembers', equals: true },
          group: {
            fields: ['members[].name', 'members[].age'],
            addLabel: L('Thêm', 'Add'),
            itemLabel: L('Thành viên', 'Member'),
          },
        },
        'members[].name': { label: L('Tên', 'Name') },
        'members[].age': { label: L('Tuổi', 'Age'), widget: 'number' },
        agree: { label: L('Cam đoan', 'I agree'), widget: 'checkbox' },
      },
    },
  };
}
const valid = () => ({
  person: { name: 'Lê Văn Tám', born: '2024-02-29' },
  kind: 'a',
  hasMembers: false,
  agree: true,
});

describe('e-form definitions', () => {
  it('accepts a consistent form', () => {
    assert.deepEqual(checkEformDefinition(form()), []);
  });

  it('refuses keywords outside the subset, invalid schemas and unknown formats', () => {
    const f = form();
    (f.schema.properties as Record<string, unknown>).kindOther = { type: 'string', $ref: '#/x' };
    assert.equal(checkEformDefinition(f)[0]!.path, 'schema.properties.kindOther.$ref');
    const g = form();
    (g.schema.properties as Record<string, Record<string, unknown>>).kind!.type = 'text';
    assert.deepEqual(checkEformDefinition(g)[0], {
      path: 'schema.properties.kind.type',
      vi: 'Kiểu «text» không tồn tại (dùng: string, number, integer, boolean, object, array, null).',
      en: 'There is no type “text” (use: string, number, integer, boolean, object, array, null).',
    });
    const h = form();
    (h.schema.properties as Record<string, Record<string, unknown>>).kindOther!.format = 'phone';
    assert.equal(checkEformDefinition(h)[0]!.path, 'schema.properties.kindOther.format');
    assert.match(checkEformDefinition(h)[0]!.vi, /^Định dạng «phone» không được hỗ trợ/);
  });

  it('names each wrong keyword value at its own path, in Vietnamese and English', () => {
    const at = (mutate: (props: Record<string, Record<string, unknown>>) => void) => {
      const f = form();
      mutate(f.schema.properties as Record<string, Record<string, unknown>>);
      return checkEformDefinition(f).map((p) => [p.path, p.vi]);
    };
    assert.deepEqual(
      at((p) => {
        p.kindOther!.minLength = 10;
        p.kindOther!.maxLength = 5;
      }),
      [
        [
          'schema.properties.kindOther.minLength',
          'minLength (10) lớn hơn maxLength (5): không giá trị nào hợp lệ.',
        ],
      ],
    );
    assert.deepEqual(
      at((p) => {
        p.kindOther!.pattern = '([a-z';
      }),
      [['schema.properties.kindOther.pattern', 'Biểu thức chính quy (pattern) không hợp lệ.']],
    );
    assert.deepEqual(
      at((p) => {
        p.kindOther!.maxLength = -1;
      }),
      [['schema.properties.kindOther.maxLength', 'maxLength phải là số nguyên không âm.']],
    );
    assert.deepEqual(
      at((p) => {
        p.kind!.enum = [];
      })[0],
      ['schema.properties.kind.enum', 'Danh sách lựa chọn (enum) không được rỗng.'],
    );
  });

  it('requires every field placed once, labelled, with option labels and resolvable conditions', () => {
    const problems = (mutate: (f: Eform) => void) => {
      const f = form();
      mutate(f);
      return checkEformDefinition(f).map((p) => p.path);
    };
    assert.deepEqual(
      problems((f) => f.ui.sections[0]!.fields.pop()),
      ['ui.fields.person.id'],
    );
    assert.ok(problems((f) => f.ui.sections[1]!.fields.push('person.id')).includes('ui.fields.person.id'));
    assert.deepEqual(
      problems((f) => delete f.ui.fields['person.born']),
      ['ui.fields.person.born'],
    );
    assert.deepEqual(
      problems((f) => f.ui.fields.kind!.options!.pop()),
      ['ui.fields.kind.options'],
    );
    assert.deepEqual(
      problems((f) => {
        f.ui.fields.kindOther!.visibleIf = { field: 'nothing', equals: 1 };
      }),
      ['ui.fields.kindOther.visibleIf'],
    );
    assert.deepEqual(
      problems((f) => (f.schema.required as string[]).push('kindOther')),
      ['ui.fields.kindOther.visibleIf'],
      'a conditional field cannot be always required',
    );
    assert.ok(problems((f) => f.ui.sections[2]!.fields.push('members[].age')).includes('ui.sections.2'));
    assert.deepEqual(
      problems((f) => f.ui.sections.push({ id: 'x', title: L('X', 'X'), fields: ['ghost'] })),
      ['ui.sections.3.fields'],
    );
  });

  it('throws the problems when compiling an unusable form', () => {
    const f = form();
    delete f.ui.fields.agree;
    assert.throws(() => compileEform(f), EformDefinitionError);
  });
});

describe('e-form data validation', () => {
  const errors = (data: unknown) => validateEformData(form(), data).errors;

  it('accepts valid data, a leap day included', () => {
    assert.deepEqual(validateEformData(form(), valid()), { valid: true, errors: [] });
  });

  it('words each error with the field’s labels, in Vietnamese and English', () => {
    assert.deepEqual(errors({ ...valid(), person: { born: '2025-02-29' }, agree: false, extra: 1 }), [
      {
        path: 'extra',
        vi: 'Trường «extra» không có trong biểu mẫu.',
        en: '“extra” is not a field of this form.',
      },
      { path: 'person.name', vi: '«Họ tên» là thông tin bắt buộc.', en: '“Name” is required.' },
      {
        path: 'person.born',
        vi: '«Ngày sinh» phải là một ngày có thật, dạng YYYY-MM-DD.',
        en: '“Date of birth” must be a real date (YYYY-MM-DD).',
      },
      { path: 'agree', vi: '«Cam đoan» cần được đánh dấu xác nhận.', en: '“I agree” must be ticked.' },
    ]);
    assert.deepEqual(errors({ ...valid(), person: { name: 'A', born: '2020-01-01', id: '12' } }), [
      {
        path: 'person.name',
        vi: '«Họ tên» phải có ít nhất 2 ký tự.',
        en: '“Name” must have at least 2 characters.',
      },
      { path: 'person.id', vi: '«Số định danh» gồm 12 chữ số.', en: '“ID number” must be 12 digits.' },
    ]);
    assert.equal(errors({ ...valid(), kind: 'b' })[0]!.en, '“Kind” must be one of the allowed choices.');
    assert.equal(errors({ ...valid(), person: undefined })[0]!.vi, '«Người khai» là thông tin bắt buộc.');
  });

  it('requires a conditional field only when it shows, and names items of a repeating group', () => {
    assert.deepEqual(
      errors({ ...valid(), kind: 'other' }).map((e) => e.path),
      ['kindOther'],
    );
    assert.deepEqual(
      errors({ ...valid(), hasMembers: true }).map((e) => e.path),
      ['members'],
    );
    assert.deepEqual(errors({ ...valid(), hasMembers: true, members: [{ name: 'An' }, { age: -1 }] }), [
      {
        path: 'members.1.name',
        vi: '«Thành viên 2: Tên» là thông tin bắt buộc.',
        en: '“Member 2: Name” is required.',
      },
      { path: 'members.1.age', vi: '«Thành viên 2: Tuổi» phải >= 0.', en: '“Member 2: Age” must be >= 0.' },
    ]);
    assert.deepEqual(errors({ ...valid(), hasMembers: false, members: [{ age: 'x' }], kindOther: 5 }), []);
  });
});

describe('visibility and pruning', () => {
  it('drops hidden values and emptied objects without touching the input', () => {
    const f = form();
    const data = { ...valid(), kindOther: 'x', members: [{ name: 'A' }], person: { name: 'Ba' } };
    const pruned = pruneHidden(f.ui, f.schema, data) as Record<string, unknown>;
    assert.equal('kindOther' in pruned, false);
    assert.equal('members' in pruned, false);
    assert.deepEqual(pruned.person, { name: 'Ba' });
    assert.equal(data.kindOther, 'x');
    assert.equal(isVisible(f.ui, 'members[].name', { hasMembers: true }, 0), true);
    assert.equal(isVisible(f.ui, 'members[].name', { hasMembers: false }, 0), false);
  });

  it('orders fields by section, a group followed by its item fields', () => {
    assert.deepEqual(fieldOrder(form().ui).slice(-5), [
      'hasMembers',
      'members',
      'members[].name',
      'members[].age',
      'agree',
    ]);
  });

  it('runs in the browser as well: no Node-only imports', () => {
    for (const file of ['eform-validate.ts', 'eform-definition.ts', 'eform-paths.ts', 'catalog.ts']) {
      const source = readFileSync(new URL(file, import.meta.url), 'utf8');
      assert.doesNotMatch(source, /from ['"](node:|fs|path|crypto)/, file);
    }
  });
});
