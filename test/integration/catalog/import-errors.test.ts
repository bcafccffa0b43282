import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { TestContext } from '../../support/app';
import { as, type Session, signInStaff } from '../../support/identity';
import { addDays, createCatalogTestApp, signInProvinceAdmin, versionInput } from './fixtures';

type Row = {
  path: string;
  sheet: string | null;
  row: number | null;
  item: { vi: string; en: string } | null;
  column: string | null;
  vi: string;
  en: string;
};
/** zod's own English wording, which must never reach a Vietnamese reader. */
const ZOD_ENGLISH = /Invalid input|Too small|Too big|expected|received|Invalid option|Invalid ISO/;

const newProcedure = (code: string, over: Record<string, unknown> = {}) => ({
  code,
  name: `Thủ tục thử ${code}`,
  nameEn: null,
  fieldCode: 'ho-tich',
  levels: ['commune'],
  onlineServiceLevel: 'full',
  versions: [{ version: 1, ...versionInput({ effectiveFrom: addDays(10) }) }],
  ...over,
});

describe('catalogue import: bilingual row errors, all or nothing', () => {
  let t: TestContext;
  let province: Session;
  before(async () => {
    t = await createCatalogTestApp();
    province = await signInProvinceAdmin(t, await signInStaff(t.app, t.platform, 'admin'));
  });
  after(() => t.close());

  const importJson = (doc: unknown) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/catalog/import',
      headers: as(province),
      payload: doc as object,
    });
  const doc = (procedures: unknown[], fields: unknown[] = []) => ({
    format: 'cuaso.catalog',
    formatVersion: 1,
    fields,
    procedures,
  });
  const count = async (table: 'procedures' | 'catalog_fields' | 'audit_log') =>
    Number(
      (await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(t.platform.db))
        .rows[0]!.n,
    );

  it('names the procedure, version, column and reason of every broken item, in Vietnamese and English', async () => {
    const ok = newProcedure('9.000001');
    const missingName = newProcedure('9.000002');
    delete (missingName as Record<string, unknown>).name;
    const wrongType = newProcedure('9.000003', { levels: 'commune', name: 'x'.repeat(1001) });
    const negativeFee = newProcedure('9.000004');
    const v = negativeFee.versions[0]!;
    v.fees[0]!.amount = -5000;
    (v as Record<string, unknown>).effectiveFrom = '2026-02-30';
    const res = await importJson(doc([ok, missingName, wrongType, negativeFee]));
    assert.equal(res.statusCode, 400, res.body);
    const body = res.json();
    assert.match(body.message_vi, /không có thay đổi nào được áp dụng/);
    const rows = body.rows as Row[];
    const find = (path: string) => rows.find((r) => r.path === path);
    assert.deepEqual(find('procedures.1.name'), {
      path: 'procedures.1.name',
      sheet: null,
      row: null,
      item: { vi: 'Thủ tục 9.000002', en: 'Procedure 9.000002' },
      column: 'name',
      vi: '«Tên thủ tục» là thông tin bắt buộc (đang thiếu).',
      en: '“name” is required (missing).',
    });
    assert.equal(find('procedures.2.levels')?.vi, '«Cấp thực hiện» sai kiểu dữ liệu: cần danh sách.');
    assert.equal(find('procedures.2.name')?.vi, '«Tên thủ tục» quá dài: tối đa 1000 ký tự.');
    assert.deepEqual(find('procedures.3.versions.0.fees.0.amount'), {
      path: 'procedures.3.versions.0.fees.0.amount',
      sheet: null,
      row: null,
      item: { vi: 'Thủ tục 9.000004, phiên bản 1', en: 'Procedure 9.000004, version 1' },
      column: 'fees.0.amount',
      vi: 'Số tiền không được âm.',
      en: 'An amount cannot be negative.',
    });
    assert.equal(
      find('procedures.3.versions.0.effectiveFrom')?.vi,
      '«Ngày có hiệu lực» phải là ngày có thật dạng YYYY-MM-DD.',
    );
    for (const r of rows) assert.doesNotMatch(r.vi, ZOD_ENGLISH, JSON.stringify(r));
    // The problem's `errors` carry the place too, for clients that only read those.
    assert.ok(
      body.errors.some((e: { vi: string }) =>
        e.vi.startsWith('Thủ tục 9.000004, phiên bản 1 (fees.0.amount): '),
      ),
    );
    assert.equal((await t.app.inject('/api/v1/procedures/9.000001')).statusCode, 404);
  });

  it('refuses an unknown field code and overlapping effective periods, naming both versions', async () => {
    const unknownField = newProcedure('9.000005', { fieldCode: 'khong-co' });
    const overlapping = newProcedure('9.000006');
    overlapping.versions.push({
      ...versionInput({ effectiveFrom: addDays(20), effectiveTo: addDays(40) }),
      version: 2,
    });
    const res = await importJson(doc([unknownField, overlapping]));
    assert.equal(res.statusCode, 400, res.body);
    const rows = res.json().rows as Row[];
    const field = rows.find((r) => r.path === 'procedures.0.fieldCode');
    assert.equal(field?.vi, 'Lĩnh vực khong-co không tồn tại.');
    assert.equal(field?.en, 'Unknown field khong-co.');
    const overlap = rows.find((r) => r.item?.vi === 'Thủ tục 9.000006, phiên bản 2');
    assert.match(overlap?.vi ?? '', /^Thời gian hiệu lực .* trùng với phiên bản 1/);
    assert.match(overlap?.en ?? '', /overlaps version 1/);
  });

  it('rolls back everything when a write fails half-way (one transaction per import)', async () => {
    const before = {
      p: await count('procedures'),
      f: await count('catalog_fields'),
      a: await count('audit_log'),
    };
    // A failure the checks cannot foresee (here: the database refuses the second procedure's insert,
    // as a full disk or a lost connection would), after the field and the first procedure were written.
    await sql`create function test_refuse_insert() returns trigger language plpgsql as $$
      begin raise exception 'refused for the test'; end $$`.execute(t.platform.db);
    await sql`create trigger test_refuse before insert on procedures for each row
      when (new.code = '9.000008') execute function test_refuse_insert()`.execute(t.platform.db);
    try {
      const res = await importJson(
        doc(
          [newProcedure('9.000007', { fieldCode: 'thu-nghiem' }), newProcedure('9.000008')],
          [{ code: 'thu-nghiem', name: 'Lĩnh vực thử nghiệm' }],
        ),
      );
      assert.equal(res.statusCode, 500, res.body);
      assert.doesNotMatch(res.body, /refused for the test/);
    } finally {
      await sql`drop trigger test_refuse on procedures`.execute(t.platform.db);
      await sql`drop function test_refuse_insert()`.execute(t.platform.db);
    }
    assert.equal((await t.app.inject('/api/v1/procedures/9.000007')).statusCode, 404);
    assert.deepEqual(
      { p: await count('procedures'), f: await count('catalog_fields'), a: await count('audit_log') },
      before,
    );
    // The same file without the failure goes in whole.
    const ok = await importJson(
      doc(
        [newProcedure('9.000007', { fieldCode: 'thu-nghiem' }), newProcedure('9.000008')],
        [{ code: 'thu-nghiem', name: 'Lĩnh vực thử nghiệm' }],
      ),
    );
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().proceduresCreated, 2);
    assert.equal(await count('procedures'), before.p + 2);
  });
});
