import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { createTestApp, type TestContext } from '../../support/app';
import { as, DEFAULT_DEMO, seedDemo, signIn, signInStaff } from '../../support/identity';
import { agencyId } from './support';

describe('demo dossiers, inboxes, statistics and the dossier book', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestApp();
    await seedDemo(t.platform, { modules: [...DEFAULT_DEMO, 'signing', 'dossiers'] });
  });
  after(() => t.close());

  it('gives the demo citizen dossiers in several states', async () => {
    const citizen = await signIn(t.app, '0900000001');
    const items = (await t.app.inject({ url: '/api/v1/me/dossiers', headers: as(citizen) })).json().items as {
      status: string;
    }[];
    const states = new Set(items.map((i) => i.status));
    for (const s of [
      'submitted',
      'received',
      'processing',
      'supplement_requested',
      'fee_requested',
      'awaiting_approval',
      'awaiting_signature',
    ])
      assert.ok(states.has(s), `missing ${s}`);
  });

  it('gives the other communes dossiers of the procedures with a result template of their own', async () => {
    const citizen = await signIn(t.app, '0900000003');
    const items = (await t.app.inject({ url: '/api/v1/me/dossiers', headers: as(citizen) })).json().items as {
      procedureCode: string;
      status: string;
    }[];
    assert.deepEqual(items.map((i) => `${i.procedureCode} ${i.status}`).sort(), [
      '1.000656 processing',
      '1.000894 awaiting_approval',
      '1.001612 processing',
      '1.004873 result_ready',
      '2.000635 submitted',
      '2.000815 awaiting_signature',
    ]);
    const store = (await t.app.inject({ url: '/api/v1/me/documents', headers: as(citizen) })).json()
      .items as {
      kind: string;
      title: string;
    }[];
    assert.deepEqual(
      store.filter((d) => d.kind === 'result').map((d) => d.title.split(' — ')[0]),
      ['Giấy xác nhận tình trạng hôn nhân'],
    );
  });

  it('puts work in every demo official’s inbox, soonest deadline first, with colours and counts', async () => {
    const communes = ['hamrong', 'hacthanh', 'quangphu'];
    for (const login of communes.flatMap((c) => [`motcua.${c}`, `chuyenvien.${c}`, `lanhdao.${c}`])) {
      const s = await signInStaff(t.app, t.platform, login);
      const inbox = (await t.app.inject({ url: '/api/v1/inbox', headers: as(s) })).json();
      assert.ok(inbox.items.length > 0, `${login} has an empty inbox`);
      assert.ok(
        Object.values(inbox.counts as Record<string, number>).reduce((a, b) => a + b, 0) >=
          inbox.items.length,
      );
      for (const i of inbox.items) {
        assert.ok(['green', 'yellow', 'red', 'overdue', 'none'].includes(i.deadlineColour));
        // Each row names its procedure (the page makes no request per code).
        assert.match(i.procedureName, /\p{L}{3,}/u, `${login}: ${i.procedureCode}`);
      }
    }
  });

  it('counts dossiers per procedure and exports the dossier book to Excel', async () => {
    const hamRong = await agencyId(t.app, '000.31.21.H56');
    const leader = await signInStaff(t.app, t.platform, 'lanhdao.hamrong');
    const stats = (
      await t.app.inject({ url: `/api/v1/agencies/${hamRong}/dossier-statistics`, headers: as(leader) })
    ).json();
    assert.equal(stats.total.received, 9);
    assert.equal(stats.total.online, 9);
    assert.equal(stats.total.inProgress, 7);
    assert.equal(stats.total.early + stats.total.onTime, 2);
    const birth = stats.byProcedure.find((p: { procedureCode: string }) => p.procedureCode === '1.001193');
    assert.match(birth.procedureName, /khai sinh/i);
    const book = await t.app.inject({ url: `/api/v1/agencies/${hamRong}/dossier-book`, headers: as(leader) });
    assert.equal(book.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(book.rawPayload as never);
    const sheet = wb.getWorksheet('Sổ theo dõi hồ sơ')!;
    assert.equal(sheet.getRow(4).getCell(2).value, 'Mã hồ sơ');
    assert.match(String(sheet.getRow(5).getCell(2).value), /^000\.31\.21\.H56-\d{6}-0001$/);
    assert.match(String(sheet.getRow(5).getCell(3).value), /^\d\.\d{6} — \p{L}/u);
    const other = await signInStaff(t.app, t.platform, 'lanhdao.hacthanh');
    assert.equal(
      (await t.app.inject({ url: `/api/v1/agencies/${hamRong}/dossier-statistics`, headers: as(other) }))
        .statusCode,
      404,
    );
  });
});
