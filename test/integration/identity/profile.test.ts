import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestContext } from '../../support/app';
import { as, type Session, seedDemo, signIn } from '../../support/identity';

describe('profile, identification number and administrative units', () => {
  let t: TestContext;
  let citizen: Session;
  before(async () => {
    t = await createTestApp();
    await seedDemo(t.platform);
    citizen = await signIn(t.app, '0900000002');
  });
  after(() => t.close());

  const patch = (payload: Record<string, unknown>) =>
    t.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: as(citizen), payload });
  const me = async () => (await t.app.inject({ url: '/api/v1/me', headers: as(citizen) })).json();

  it('loads every province and commune in force', async () => {
    const provinces = await t.app.inject('/api/v1/admin-units?level=province&limit=100');
    assert.equal(provinces.json().total, 34);
    const communes = await t.app.inject('/api/v1/admin-units?level=commune&limit=1');
    assert.equal(communes.json().total, 3321);
    const thanhHoa = await t.app.inject('/api/v1/admin-units?province=38&level=commune&limit=1');
    assert.equal(thanhHoa.json().total, 166);
  });

  it('resolves a pre-2025 address: phường Đông Cương is now part of phường Hàm Rồng', async () => {
    const res = await t.app.inject('/api/v1/admin-units/14791');
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().unit, null);
    assert.deepEqual(
      res
        .json()
        .mergedInto.map((m: { oldName: string; unit: { code: string; name: string } }) => [
          m.oldName,
          m.unit.code,
          m.unit.name,
        ]),
      [['Phường Đông Cương', '14758', 'Phường Hàm Rồng']],
    );
    const byName = await t.app.inject('/api/v1/admin-units?q=dong%20cuong&province=38');
    assert.ok(
      byName
        .json()
        .formerUnits.some(
          (f: { oldCode: string; unit: { code: string } }) =>
            f.oldCode === '14791' && f.unit.code === '14758',
        ),
    );
    assert.equal((await t.app.inject('/api/v1/admin-units/99999')).statusCode, 404);
  });

  it('refuses a 13-digit identification number and changes nothing', async () => {
    const res = await patch({ personalId: '0381920043219' });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().errors[0].path, 'body.personalId');
    assert.match(res.json().message_vi, /12 chữ số/);
    assert.equal((await me()).personalId, '038192004321');
  });

  it('refuses a birth year that contradicts the identification number', async () => {
    const res = await patch({ dateOfBirth: '1993-08-20' });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().errors[0].path, 'body.dateOfBirth');
    assert.match(res.json().message_en, /birth year/);
    const sex = await patch({ sex: 'male' });
    assert.equal(sex.statusCode, 400);
    assert.match(sex.json().message_vi, /giới tính/);
    assert.equal((await me()).dateOfBirth, '1992-08-20');
  });

  it('refuses an unknown administrative unit', async () => {
    const res = await patch({ addressUnitCode: '99999' });
    assert.equal(res.statusCode, 400);
    assert.match(res.json().message_en, /commune-level unit/);
  });

  it('saves a consistent change', async () => {
    const res = await patch({
      personalId: '038192004322',
      addressUnitCode: '14797',
      addressLine: '12 Lê Lợi',
    });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().address.unitName, 'Phường Hạc Thành');
    assert.equal(res.json().personalId, '038192004322');
  });

  it('keeps one identification number to one account', async () => {
    const res = await patch({ personalId: '038090012345' });
    assert.equal(res.statusCode, 400);
    assert.match(res.json().message_en, /another account/);
  });
});
