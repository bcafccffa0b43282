// Each result template, filled from a sample form that its own e-form accepts, read back with pdftotext:
// the paper's title, the facts where the form put them, every diacritic, and `qpdf --check` clean.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Eform } from '../../../../contracts/catalog';
import { validateEformData } from '../../../../contracts/eform-validate';
import {
  birthRegistrationForm,
  deathRegistrationForm,
  householdBusinessForm,
  maritalStatusForm,
  marriageRegistrationForm,
} from '../seed/sample-forms';
import type { PaperContext } from './common';
import { renderResult } from './result';

const eformOf = (code: string): Eform =>
  JSON.parse(readFileSync(join(process.cwd(), 'seed/catalog/eforms', `${code}.json`), 'utf8'));

const ctx: PaperContext = {
  agency: {
    name: 'Ủy ban nhân dân phường Hàm Rồng',
    parentName: 'Ủy ban nhân dân tỉnh Thanh Hóa',
    place: 'Hàm Rồng',
    address: null,
    phone: null,
  },
  dossier: {
    code: '000.31.21.H56-261128-0007',
    procedureName: 'Thủ tục',
    applicant: {
      fullName: 'Nguyễn Văn An',
      personalId: '038090012345',
      address: null,
      phone: null,
      email: null,
    },
    submittedAt: new Date('2026-11-25T02:00:00Z'),
    receivedAt: new Date('2026-11-25T02:30:00Z'),
    dueAt: new Date('2026-11-27T10:00:00Z'),
    processingTime: '3 ngày làm việc',
    papers: [],
  },
  trackingUrl: 'http://127.0.0.1/tra-cuu/000.31.21.H56-261128-0007',
  issuedAt: new Date('2026-11-27T03:00:00Z'),
  officer: { name: 'Lê Quang Hưng', title: 'Chủ tịch' },
} as PaperContext;

const CASES: { code: string; form: Record<string, unknown>; title: string; expect: RegExp[] }[] = [
  {
    code: '1.001193',
    form: birthRegistrationForm(),
    title: 'Trích lục khai sinh',
    expect: [/NGUYỄN MINH KHANG/, /Ngày, tháng, năm sinh: 20\/11\/2026/, /Mẹ/, /Lê Thị Bình/],
  },
  {
    code: '1.000656',
    form: deathRegistrationForm(),
    title: 'Trích lục khai tử',
    expect: [
      /NGUYỄN VĂN PHÚC/,
      /Đã chết vào lúc: 14 giờ 30 phút, ngày 24\/11\/2026/,
      /Nguyên nhân chết: Bệnh tuổi già/,
      /số 125\/GBT do Bệnh viện Đa khoa tỉnh Thanh Hóa cấp ngày 24\/11\/2026/,
      /Người đi khai tử: Nguyễn Văn An \(cháu nội\)/,
    ],
  },
  {
    code: '1.000894',
    form: marriageRegistrationForm(),
    title: 'Giấy chứng nhận kết hôn',
    expect: [
      /TRẦN THỊ MAI\s+LÊ ĐỨC THẮNG/,
      /02\/07\/1998\s+20\/01\/1996/,
      /NGƯỜI KÝ GIẤY CHỨNG NHẬN KẾT HÔN/,
    ],
  },
  {
    code: '1.004873',
    form: maritalStatusForm(),
    title: 'Giấy xác nhận tình trạng hôn nhân',
    expect: [
      /Tình trạng hôn nhân: Chưa đăng ký kết hôn với ai/,
      /kết hôn với Trần Thị Mai, sinh ngày 02\/07\/1998/,
      /giá trị sử dụng trong thời hạn 06 tháng/,
    ],
  },
  {
    code: '1.001612',
    form: householdBusinessForm(),
    title: 'Giấy chứng nhận đăng ký hộ kinh doanh',
    expect: [
      /QUÁN PHỞ BÌNH AN/,
      /5610/,
      /4. Vốn kinh doanh 150\.000\.000 đồng/,
      /Nguyễn Văn An\s+038090012345\s+Chồng/,
    ],
  },
];

describe('result papers with a template of their own', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cuaso-results-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  for (const c of CASES)
    it(`${c.code}: ${c.title}`, async () => {
      const eform = eformOf(c.code);
      assert.deepEqual(validateEformData(eform, c.form).errors, [], 'the sample satisfies its e-form');
      const paper = await renderResult(
        ctx,
        { code: c.code, eform },
        { form: c.form, registeredAt: new Date('2026-11-27T03:00:00Z'), number: '261128-0007/KQ' },
      );
      assert.equal(paper.title, c.title);
      const file = join(dir, `${c.code}.pdf`);
      writeFileSync(file, paper.pdf);
      const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
      assert.match(text, new RegExp(c.title.toLocaleUpperCase('vi')));
      assert.match(text, /Số: 261128-0007\/KQ/);
      // Lines wrap where the page decides: compare with the whitespace flattened.
      const flat = text.replace(/\s+/g, ' ');
      for (const pattern of c.expect) assert.match(flat, pattern);
      const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
      assert.equal(check.status, 0, check.stdout + check.stderr);
    });

  it('prints any other procedure’s form by its labels', async () => {
    const eform = eformOf('generic');
    const form = {
      applicant: { fullName: 'Nguyễn Văn An', personalId: '038090012345', residence: 'Hàm Rồng' },
      request: 'Xin cấp bản sao trích lục kết hôn',
      commitment: true,
    };
    const paper = await renderResult(
      ctx,
      { code: '9.999999', eform },
      {
        form,
        registeredAt: new Date(),
        number: '1/KQ',
      },
    );
    assert.equal(paper.title, 'Kết quả giải quyết thủ tục hành chính');
    const file = join(dir, 'generic.pdf');
    writeFileSync(file, paper.pdf);
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
    assert.match(text, /Xin cấp bản sao trích lục kết hôn/);
    assert.doesNotMatch(text, /fullName|personalId|commitment/);
  });
});
