import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ProcedureSummary } from '../../../src/contracts/catalog';
import { foldVietnamese } from '../../../src/server/platform/db';
import type { TestContext } from '../../support/app';
import { as, signInStaff } from '../../support/identity';
import { addDays, createCatalogTestApp, versionInput } from './fixtures';

describe('public catalogue search', () => {
  let t: TestContext;
  let hamRong: string;
  before(async () => {
    t = await createCatalogTestApp();
    const agencies = (await t.app.inject('/api/v1/agencies')).json().items as { id: string; orgId: string }[];
    hamRong = agencies.find((a) => a.orgId === '000.31.21.H56')!.id;
  });
  after(() => t.close());

  const search = async (query: Record<string, string>) => {
    const res = await t.app.inject(`/api/v1/procedures?${new URLSearchParams(query)}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { items: ProcedureSummary[]; total: number };
  };

  it('ranks “Thủ tục đăng ký khai sinh” first for “khai sinh”, typed with or without diacritics', async () => {
    for (const q of ['khai sinh', 'Khai Sinh', 'đăng ký khai sinh', 'dang ky khai sinh']) {
      const res = await search({ q });
      assert.equal(res.items[0]?.code, '1.001193', `first result for “${q}”`);
      assert.equal(res.items[0]?.name, 'Thủ tục đăng ký khai sinh');
    }
    const all = await search({ q: 'khai sinh', limit: '50' });
    assert.ok(all.total >= 5);
    for (const item of all.items) assert.match(foldVietnamese(item.name).toLowerCase(), /khai sinh/);
  });

  it('finds “Chứng thực…” from “chung thuc”, and marriage registration from “đăng ký kết hôn”', async () => {
    const chung = await search({ q: 'chung thuc', limit: '50' });
    assert.equal(chung.total, 6);
    assert.ok(chung.items.every((i) => i.name.startsWith('Chứng thực')));
    assert.ok(chung.items.some((i) => i.code === '2.000815'));
    for (const q of ['đăng ký kết hôn', 'dang ky ket hon']) {
      const res = await search({ q });
      assert.equal(res.items[0]?.code, '1.000894', q);
      assert.equal(res.items[0]?.name, 'Thủ tục đăng ký kết hôn');
    }
  });

  it('matches a word being typed, and an exact procedure code', async () => {
    assert.ok((await search({ q: 'khai si' })).items.some((i) => i.code === '1.001193'));
    const byCode = await search({ q: '2.000815' });
    assert.equal(byCode.items[0]?.code, '2.000815');
    assert.equal((await search({ q: 'không có thủ tục này xyz' })).total, 0);
  });

  it('filters by field, level, agency and online service level', async () => {
    assert.equal((await search({ field: 'chung-thuc' })).total, 7);
    const province = await search({ level: 'province', limit: '50' });
    assert.deepEqual(province.items.map((i) => i.code).sort(), ['2.000635', '2.000908', '2.002516']);
    assert.equal((await search({ agency: hamRong })).total, 43);
    assert.equal((await search({ agency: '00000000-0000-4000-8000-000000000000' })).total, 0);
    const full = await search({ onlineLevel: 'full', limit: '100' });
    assert.ok(full.items.every((i) => i.onlineServiceLevel === 'full'));
    const both = await search({ q: 'hộ kinh doanh', field: 'ho-kinh-doanh' });
    assert.equal(both.total, 5);
    assert.equal(both.items[0]?.code, '1.001612');
  });

  it('pages with a stable total, also past the last page', async () => {
    const first = await search({ field: 'ho-tich', limit: '5' });
    const second = await search({ field: 'ho-tich', limit: '5', offset: '5' });
    assert.equal(first.total, 16);
    assert.equal(second.total, 16);
    assert.equal(new Set([...first.items, ...second.items].map((i) => i.code)).size, 10);
    const beyond = await search({ field: 'ho-tich', offset: '100' });
    assert.deepEqual(beyond, { items: [], total: 16 });
  });

  it('summarises time and fees for the list', async () => {
    const items = (await search({ limit: '100' })).items;
    assert.equal(items.length, 43);
    const byCode = new Map(items.map((i) => [i.code, i]));
    assert.deepEqual(byCode.get('1.001193')!.processingTime, { value: 1, unit: 'working_days' });
    assert.equal(byCode.get('1.001193')!.afternoonCutoff, '15:00');
    assert.equal(byCode.get('1.001193')!.fee.status, 'free');
    assert.deepEqual(byCode.get('2.000815')!.fee, {
      status: 'paid',
      minAmount: 2000,
      maxAmount: 2000,
      currency: 'VND',
    });
    assert.equal(byCode.get('1.003677')!.fee.status, 'unspecified');
    assert.deepEqual(byCode.get('1.001193')!.field, { code: 'ho-tich', name: 'Hộ tịch' });
    assert.equal(byCode.get('1.001193')!.availableFrom, null);
  });

  it('lists a procedure announced for later with the day it becomes available', async () => {
    const admin = await signInStaff(t.app, t.platform, 'admin');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/procedures',
      headers: as(admin),
      payload: {
        code: '9.000001',
        name: 'Thủ tục đăng ký khai sinh lưu động thử nghiệm',
        nameEn: null,
        fieldCode: 'ho-tich',
        levels: ['commune'],
        onlineServiceLevel: 'partial',
        firstVersion: versionInput({ effectiveFrom: addDays(45) }),
      },
    });
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().currentVersion, null);
    const found = (await search({ q: 'khai sinh lưu động' })).items[0]!;
    assert.equal(found.code, '9.000001');
    assert.equal(found.availableFrom, addDays(45));
  });

  it('gives the fields and the agencies for the filters', async () => {
    const fields = (await t.app.inject('/api/v1/procedure-fields')).json().items as {
      code: string;
      procedureCount: number;
    }[];
    assert.equal(fields.length, 9);
    assert.equal(fields.find((f) => f.code === 'ho-tich')!.procedureCount >= 16, true);
    const agencies = (await t.app.inject('/api/v1/procedure-agencies')).json().items as {
      id: string;
      procedureCount: number;
    }[];
    assert.equal(agencies.length, 3);
    assert.ok(agencies.every((a) => a.procedureCount === 43));
  });

  it('refuses bad query parameters', async () => {
    for (const q of ['limit=1000', 'field=Hộ%20tịch', 'level=district', 'agency=x', `q=${'a'.repeat(201)}`])
      assert.equal((await t.app.inject(`/api/v1/procedures?${q}`)).statusCode, 400, q);
  });
});
