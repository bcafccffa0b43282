import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import type { CatalogDocument, ImportSummary } from '../../../src/contracts/catalog';
import type { TestContext } from '../../support/app';
import { as, type Session, signInStaff } from '../../support/identity';
import { addDays, createCatalogTestApp, signInProvinceAdmin } from './fixtures';

const UNCHANGED: ImportSummary = {
  fieldsUpserted: 0,
  proceduresCreated: 0,
  proceduresUpdated: 0,
  versionsCreated: 0,
  versionsUpdated: 0,
  unchanged: 43,
};

/** A multipart/form-data body with one file, as a browser's upload sends it. */
function multipart(filename: string, data: Buffer, type: string) {
  const boundary = '----cuaso-test-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('catalogue import and export (JSON and Excel)', () => {
  let t: TestContext;
  let province: Session;
  let commune: Session;
  before(async () => {
    t = await createCatalogTestApp();
    province = await signInProvinceAdmin(t, await signInStaff(t.app, t.platform, 'admin'));
    commune = await signInStaff(t.app, t.platform, 'quantri.hamrong');
  });
  after(() => t.close());

  const exportAs = async (format: 'json' | 'xlsx', s = province) => {
    const res = await t.app.inject({ url: `/api/v1/catalog/export?format=${format}`, headers: as(s) });
    assert.equal(res.statusCode, 200, res.body.slice(0, 300));
    return res;
  };
  const exportJson = async () => {
    const doc = (await exportAs('json')).json() as CatalogDocument;
    delete doc.exportedAt;
    return doc;
  };
  const importJson = (doc: unknown, s = province) =>
    t.app.inject({ method: 'POST', url: '/api/v1/catalog/import', headers: as(s), payload: doc as object });
  const importFile = (name: string, data: Buffer, type: string) => {
    const body = multipart(name, data, type);
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/catalog/import',
      headers: { ...as(province), ...body.headers },
      payload: body.payload,
    });
  };

  it('exports JSON that imports back unchanged, as a body or as an uploaded file', async () => {
    const res = await exportAs('json');
    assert.match(
      String(res.headers['content-disposition']),
      /attachment; filename="danh-muc-thu-tuc-\d{4}-\d{2}-\d{2}\.json"/,
    );
    const doc = res.json() as CatalogDocument;
    assert.equal(doc.format, 'cuaso.catalog');
    assert.equal(doc.procedures.length, 43);
    const back = await importJson(doc);
    assert.equal(back.statusCode, 200, back.body.slice(0, 500));
    assert.deepEqual(back.json(), UNCHANGED);
    const file = await importFile('catalog.json', res.rawPayload, 'application/json');
    assert.deepEqual(file.json(), UNCHANGED);
  });

  it('exports an Excel workbook that imports back unchanged', async () => {
    const res = await exportAs('xlsx');
    assert.equal(res.headers['content-type'], XLSX);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    for (const sheet of ['Thủ tục', 'Phiên bản', 'Phí lệ phí', 'Thành phần hồ sơ', 'Biểu mẫu điện tử'])
      assert.ok(wb.getWorksheet(sheet), sheet);
    assert.equal(wb.getWorksheet('Thủ tục')!.actualRowCount, 44);
    const back = await importFile('danh-muc.xlsx', res.rawPayload, XLSX);
    assert.equal(back.statusCode, 200, back.body.slice(0, 1000));
    assert.deepEqual(back.json(), UNCHANGED);
  });

  it('refuses a workbook with broken rows, naming every row and reason, and applies nothing', async () => {
    const before = await exportJson();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportAs('xlsx')).rawPayload as unknown as ArrayBuffer);
    const fees = wb.getWorksheet('Phí lệ phí')!;
    let feeRow = 0;
    fees.eachRow((row, n) => {
      if (row.getCell(1).value === '2.000815') feeRow = n;
    });
    fees.getRow(feeRow).getCell(5).value = -5; // amount
    const versions = wb.getWorksheet('Phiên bản')!;
    versions.getRow(3).getCell(3).value = 'ngày mai'; // effectiveFrom
    const procedures = wb.getWorksheet('Thủ tục')!;
    procedures.getRow(2).getCell(2).value = 'Tên mới hợp lệ nhưng không được áp dụng';
    const res = await importFile('broken.xlsx', Buffer.from(await wb.xlsx.writeBuffer()), XLSX);
    assert.equal(res.statusCode, 400);
    const body = res.json();
    assert.match(body.message_vi, /không có thay đổi nào được áp dụng/);
    const rows = body.rows as { sheet: string; row: number; vi: string }[];
    assert.ok(
      rows.some((r) => r.sheet === 'Phí lệ phí' && r.row === feeRow && /âm/.test(r.vi)),
      JSON.stringify(rows),
    );
    assert.ok(
      rows.some((r) => r.sheet === 'Phiên bản' && r.row === 3 && /YYYY-MM-DD/.test(r.vi)),
      JSON.stringify(rows),
    );
    assert.ok(body.errors.some((e: { vi: string }) => e.vi.startsWith(`Trang «Phí lệ phí», dòng ${feeRow}`)));
    assert.deepEqual(await exportJson(), before);
  });

  it('applies a bulk update in one go: a new version closes the old one, an attribute changes', async () => {
    const doc = await exportJson();
    const marriage = doc.procedures.find((p) => p.code === '1.000894')!;
    const next = {
      ...structuredClone(marriage.versions[0]!),
      version: 2,
      effectiveFrom: addDays(15),
      effectiveTo: null,
    };
    next.decision = { number: '12/QĐ-UBND', date: addDays(1) };
    next.timeNote = 'Theo quyết định công bố mới của tỉnh.';
    marriage.versions.push(next);
    doc.procedures.find((p) => p.code === '1.001612')!.onlineServiceLevel = 'partial';
    const res = await importJson(doc);
    assert.equal(res.statusCode, 200, res.body.slice(0, 800));
    assert.deepEqual(res.json(), {
      fieldsUpserted: 0,
      proceduresCreated: 0,
      proceduresUpdated: 1,
      versionsCreated: 1,
      versionsUpdated: 1,
      unchanged: 43,
    });
    const versions = (await t.app.inject('/api/v1/procedures/1.000894/versions')).json().items;
    assert.deepEqual(
      versions.map((v: { version: number; effectiveTo: string | null }) => [v.version, v.effectiveTo]),
      [
        [1, addDays(15)],
        [2, null],
      ],
    );
    const audit = await sql<{ subject_id: string }>`
      select subject_id from audit_log where action = 'catalog.procedure_imported' order by subject_id`.execute(
      t.platform.db,
    );
    assert.deepEqual(
      audit.rows.map((r) => r.subject_id),
      ['1.000894', '1.001612'],
    );
  });

  it('refuses to rewrite a version in force, and a past date for a province admin', async () => {
    const before = await exportJson();
    const doc = structuredClone(before);
    const birth = doc.procedures.findIndex((p) => p.code === '1.001193');
    doc.procedures[birth]!.versions[0]!.processingTime = { value: 5, unit: 'working_days' };
    const death = doc.procedures.findIndex((p) => p.code === '1.000656');
    doc.procedures[death]!.versions.push({
      ...structuredClone(doc.procedures[death]!.versions[0]!),
      version: 2,
      effectiveFrom: addDays(-2),
    });
    doc.procedures[0]!.name = 'Một thay đổi hợp lệ trong cùng tệp';
    const res = await importJson(doc);
    assert.equal(res.statusCode, 400);
    const errors = res.json().errors as { path: string; vi: string }[];
    assert.ok(
      errors.some(
        (e) => e.path === `procedures.${birth}.versions.0` && /chỉ được đặt ngày hết hiệu lực/.test(e.vi),
      ),
    );
    assert.ok(errors.some((e) => e.path === `procedures.${death}.versions.1` && /Ngày đã qua/.test(e.vi)));
    assert.deepEqual(await exportJson(), before);
  });

  it('lets any agency admin export, but only catalogue editors import', async () => {
    await exportAs('json', commune);
    assert.equal((await importJson(await exportJson(), commune)).statusCode, 404);
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/v1/catalog/import', payload: {} });
    assert.equal(anonymous.statusCode, 401);
    const garbage = await importFile('x.json', Buffer.from('{not json'), 'application/json');
    assert.equal(garbage.statusCode, 400);
    assert.match(garbage.json().errors[0].en, /^Invalid JSON/);
  });
});
