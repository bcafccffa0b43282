import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Eform } from '../../../contracts/catalog';
import { attemptFor, newKey } from './idempotency';
import {
  type Attachments,
  addFile,
  fromRefs,
  isDeclaration,
  missingPapers,
  normalizeAttachments,
  type Paper,
  paperNeed,
  paperOfError,
  removeFile,
  toRefs,
} from './papers';
import { followAgency, prefill } from './prefill';
import { homeAgency, startingPoint } from './restore';

const paper = (name: string, over: Partial<Paper> = {}): Paper => ({
  name,
  group: null,
  submission: 'submit',
  form: 'original',
  quantity: 1,
  requirement: 'mandatory',
  condition: null,
  templateFile: null,
  ...over,
});

const BIRTH_PAPERS = [
  paper('Trường hợp trẻ em bị bỏ rơi thì phải có biên bản…', { requirement: 'conditional' }),
  paper('Giấy chứng sinh; trường hợp không có Giấy chứng sinh…'),
  paper('Hộ chiếu/Thẻ căn cước…', { submission: 'present' }),
  paper('Tờ khai đăng ký khai sinh theo mẫu (nếu nộp trực tiếp)', { requirement: 'conditional' }),
  paper('Mẫu hộ tịch điện tử tương tác đăng ký khai sinh'),
];

describe('required papers in the wizard', () => {
  it('treats the declaration as the e-form itself, like the server', () => {
    assert.equal(isDeclaration('Tờ khai đăng ký khai sinh theo mẫu'), true);
    assert.equal(isDeclaration('  Mẫu hộ tịch điện tử tương tác đăng ký khai sinh'), true);
    assert.equal(isDeclaration('Giấy chứng sinh'), false);
    assert.deepEqual(BIRTH_PAPERS.map(paperNeed), [
      'conditional',
      'mandatory',
      'present',
      'declaration',
      'declaration',
    ]);
  });

  it('asks for a file only for mandatory papers to submit', () => {
    assert.deepEqual(missingPapers(BIRTH_PAPERS, {}), [1]);
    const attached: Attachments = {
      1: [{ source: 'upload', uploadId: 'u-1', name: 'chung-sinh.pdf', size: 1000 }],
    };
    assert.deepEqual(missingPapers(BIRTH_PAPERS, attached), []);
    assert.deepEqual(toRefs(attached), [{ paper: 1, uploadId: 'u-1' }]);
  });

  it('keeps the pages of one paper as several files, in order, and forgets a paper left without any', () => {
    const page = (n: number) => ({
      source: 'upload' as const,
      uploadId: `u-${n}`,
      name: `trang-${n}.jpg`,
      size: 10,
    });
    let attached = addFile(addFile(addFile(addFile({}, 1, page(1)), 1, page(2)), 1, page(3)), 1, page(2));
    assert.deepEqual(toRefs(attached), [
      { paper: 1, uploadId: 'u-1' },
      { paper: 1, uploadId: 'u-2' },
      { paper: 1, uploadId: 'u-3' },
    ]);
    attached = removeFile(attached, 1, 1);
    assert.deepEqual(
      attached[1]?.map((f) => f.name),
      ['trang-1.jpg', 'trang-3.jpg'],
    );
    attached = removeFile(removeFile(attached, 1, 0), 1, 0);
    assert.deepEqual(attached, {});
    assert.deepEqual(missingPapers(BIRTH_PAPERS, { 1: [] }), [1]);
  });

  it('reads a tab’s saved attachments from before several files per paper', () => {
    const one = { source: 'upload', uploadId: 'u-1', name: 'chung-sinh.pdf', size: 1000 };
    assert.deepEqual(normalizeAttachments({ 1: one, 2: [one], 3: null }), { 1: [one], 2: [one] });
    assert.deepEqual(normalizeAttachments(undefined), {});
  });

  it('names the files of a restored draft from what the tab remembers or the data store', () => {
    const known: Attachments = {
      1: [{ source: 'upload', uploadId: 'u-1', name: 'chung-sinh.pdf', size: 1000 }],
    };
    const store = [{ id: 'd-1', title: 'Căn cước (số hóa)', size: 500 }];
    const refs = [
      { paper: 1, uploadId: 'u-1' },
      { paper: 2, personalDocumentId: 'd-1' },
      { paper: 0, uploadId: 'u-9' },
      { paper: 1, uploadId: 'u-10' },
    ];
    assert.deepEqual(fromRefs(refs, known, store, 'Tệp đã tải lên'), {
      0: [{ source: 'upload', uploadId: 'u-9', name: 'Tệp đã tải lên', size: null }],
      1: [...known[1]!, { source: 'upload', uploadId: 'u-10', name: 'Tệp đã tải lên', size: null }],
      2: [{ source: 'store', personalDocumentId: 'd-1', name: 'Căn cước (số hóa)', size: 500 }],
    });
  });

  it('finds the paper of a refused attachment', () => {
    const sent = [
      { paper: 1, uploadId: 'u-1' },
      { paper: 3, uploadId: 'u-2' },
    ];
    assert.equal(paperOfError('attachments.1', sent), 3);
    assert.equal(paperOfError('attachments.paper:4', sent), 4);
    assert.equal(paperOfError('formData.child', sent), null);
  });
});

describe('the Idempotency-Key of a submission', () => {
  it('is a UUID v4', () => {
    assert.match(newKey(), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.notEqual(newKey(), newKey());
  });

  it('stays the same for a retry of the same content and changes with the content', () => {
    let n = 0;
    const make = () => `k${++n}`;
    const first = attemptFor(null, '{"a":1}', make);
    assert.equal(attemptFor(first, '{"a":1}', make).key, 'k1');
    assert.equal(attemptFor(first, '{"a":2}', make).key, 'k2');
  });
});

const AGENCIES = [
  { id: 'a-ham-rong', name: 'Ủy ban nhân dân phường Hàm Rồng' },
  { id: 'a-hac-thanh', name: 'Ủy ban nhân dân phường Hạc Thành' },
];
const PROFILE = {
  fullName: 'Nguyễn Văn An',
  personalId: '038090012345',
  phone: '0900000001',
  email: null,
  dateOfBirth: '1990-03-15',
  sex: 'male' as const,
  residence: 'Số 12, Phường Hàm Rồng, Tỉnh Thanh Hóa',
};
const label = (vi: string) => ({ vi, en: vi });
// The shape of the civil-status forms: the declarant, "Kính gửi", a tick box.
const FORM: Eform = {
  schema: {
    type: 'object',
    properties: {
      submittedTo: { type: 'string', minLength: 5 },
      declarant: {
        type: 'object',
        properties: {
          fullName: { type: 'string' },
          personalId: { type: 'string' },
          residence: { type: 'string' },
        },
      },
      hasFatherInfo: { type: 'boolean' },
    },
  },
  ui: {
    sections: [{ id: 'all', title: label('Tờ khai'), fields: ['submittedTo', 'declarant.fullName'] }],
    fields: {},
  },
};

describe('starting the wizard', () => {
  it('fills the applicant from the account, never over what was typed', () => {
    const out = prefill(FORM, { declarant: { fullName: 'Trần Thị B' } }, PROFILE, AGENCIES[0]!.name);
    assert.deepEqual(out.data, {
      declarant: { fullName: 'Trần Thị B', personalId: '038090012345', residence: PROFILE.residence },
      submittedTo: 'Ủy ban nhân dân phường Hàm Rồng',
    });
    assert.deepEqual(out.filled, ['declarant.personalId', 'declarant.residence', 'submittedTo']);
    // No phone or e-mail field in this form: nothing is added that the form does not have.
    assert.equal(prefill(FORM, {}, PROFILE, null).data.phone, undefined);
  });

  it('keeps “Kính gửi” with the chosen agency unless the person wrote another', () => {
    const [hamRong, hacThanh] = AGENCIES.map((a) => a.name) as [string, string];
    assert.deepEqual(followAgency({ submittedTo: hamRong }, hamRong, hacThanh), { submittedTo: hacThanh });
    assert.deepEqual(followAgency({ submittedTo: 'UBND khác' }, hamRong, hacThanh), {
      submittedTo: 'UBND khác',
    });
  });

  it('chooses the agency of the person’s commune among those offering the procedure', () => {
    const directory = [
      { id: 'a-hac-thanh', kind: 'commune_committee', adminUnit: { code: '14755' } },
      { id: 'desk-ham-rong', kind: 'one_stop_desk', adminUnit: { code: '14758' } },
      { id: 'a-ham-rong', kind: 'commune_committee', adminUnit: { code: '14758' } },
    ];
    assert.equal(homeAgency(AGENCIES, directory, '14758'), 'a-ham-rong');
    assert.equal(homeAgency(AGENCIES, directory, '99999'), null);
    assert.equal(homeAgency(AGENCIES, directory, null), null);
  });

  it('restores the newer of the server draft and the tab’s copy, else starts a new form', () => {
    const base = {
      eform: FORM,
      offering: AGENCIES,
      homeAgencyId: 'a-ham-rong',
      profile: PROFILE,
      store: [],
      unnamed: '?',
    };
    const server = {
      procedureCode: '1.001193',
      agencyId: 'a-hac-thanh',
      formData: { x: 1 },
      attachments: [],
      updatedAt: '2026-11-27T08:00:00Z',
    };
    const local = { agencyId: 'a-ham-rong', data: { x: 2 }, attached: {}, savedAt: '2026-11-27T08:00:05Z' };
    assert.deepEqual(startingPoint({ ...base, server, local }).data, { x: 2 });
    assert.deepEqual(
      startingPoint({ ...base, server, local: { ...local, savedAt: '2026-11-27T07:00:00Z' } }).data,
      { x: 1 },
    );
    assert.equal(startingPoint({ ...base, server, local: null }).restoredAt, server.updatedAt);
    const fresh = startingPoint({ ...base, server: null, local: null });
    assert.equal(fresh.restoredAt, null);
    assert.equal(fresh.agencyId, 'a-ham-rong');
    assert.equal(fresh.data.submittedTo, 'Ủy ban nhân dân phường Hàm Rồng');
    assert.equal(fresh.data.hasFatherInfo, false);
    assert.deepEqual(fresh.prefilled, [
      'declarant.fullName',
      'declarant.personalId',
      'declarant.residence',
      'submittedTo',
    ]);
    // An agency that no longer offers the procedure is not kept: the person's own commune instead.
    const gone = { ...server, agencyId: 'gone' };
    assert.equal(startingPoint({ ...base, server: gone, local: null }).agencyId, 'a-ham-rong');
    assert.equal(startingPoint({ ...base, homeAgencyId: null, server: gone, local: null }).agencyId, null);
  });
});
