import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { EformError, Version } from '../../../src/contracts/catalog';
import { instantiateValidator, type ValidatorModule } from '../../../src/contracts/eform-standalone';
import type { TestContext } from '../../support/app';
import { as, type Session, signInStaff } from '../../support/identity';
import { birthData, createCatalogTestApp, signInProvinceAdmin, smallEform, versionInput } from './fixtures';

/** The served module, imported the way a browser does: as an ES module, from its text. */
async function importModule(source: string): Promise<ValidatorModule> {
  return import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
}

/** Bad inputs that exercise every keyword the supported subset has. */
const badInputs: Record<string, unknown[]> = {
  '1.001193': [
    {},
    { ...birthData(), child: { ...birthData().child, dateOfBirth: '2026-02-30', fullName: 'A' } },
    { ...birthData(), declarant: { ...birthData().declarant, personalId: '12ab', relationship: 'other' } },
    { ...birthData(), copyCount: 99, commitment: false, extra: 1 },
    { ...birthData(), mother: { ...birthData().mother, yearOfBirth: 1800.5, fullName: '😀' } },
    { ...birthData(), hasFatherInfo: 'yes' },
    'not an object',
  ],
  '1.001612': [
    { foundedByFamily: true, members: [{ fullName: 'Trần Thị Lan', personalId: '038192004321' }, {}] },
    { foundedByFamily: true, members: 'many' },
  ],
};

describe('precompiled e-form validator for browsers (no eval)', () => {
  let t: TestContext;
  let editor: Session;
  before(async () => {
    t = await createCatalogTestApp();
    editor = await signInProvinceAdmin(t, await signInStaff(t.app, t.platform, 'admin'));
  });
  after(() => t.close());

  const current = async (code: string) =>
    (await t.app.inject(`/api/v1/procedures/${code}`)).json().currentVersion as Version;
  const serverCheck = async (code: string, data: unknown) => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/procedures/${code}/eform/validate`,
      payload: { data },
    });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { valid: boolean; errors: EformError[] };
  };

  it('serves a cacheable module at the version’s address, revalidated without the hash', async () => {
    const v = await current('1.001193');
    assert.match(
      v.eformValidator,
      /^\/api\/v1\/procedures\/1\.001193\/versions\/\d+\/validator\.js\?v=[0-9a-f]{20}$/,
    );
    const res = await t.app.inject(v.eformValidator);
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /^text\/javascript/);
    assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.match(res.headers['content-security-policy'] as string, /script-src 'self'(;|$)/);
    const etag = res.headers.etag as string;
    const bare = await t.app.inject(v.eformValidator.split('?')[0]!);
    assert.equal(bare.headers['cache-control'], 'no-cache');
    assert.equal(bare.body, res.body);
    const again = await t.app.inject({ url: v.eformValidator, headers: { 'if-none-match': etag } });
    assert.equal(again.statusCode, 304);
    const missing = await t.app.inject('/api/v1/procedures/1.001193/versions/999/validator.js');
    assert.equal(missing.statusCode, 404);
    assert.match(missing.headers['content-type'] as string, /problem\+json/);
  });

  it('references nothing but its runtime argument: no require, import, eval or Function', async () => {
    for (const code of ['1.001193', '1.001612']) {
      const body = (await t.app.inject((await current(code)).eformValidator)).body;
      assert.doesNotMatch(body, /\brequire\s*\(|\bimport\s*\(|\beval\s*\(|\bFunction\s*\(|^\s*import\s/m);
      assert.match(body, /^export default function createValidator\(runtime\) \{$/m);
    }
  });

  it('gives the browser exactly the server’s messages for the same bad input, on every seeded form', async () => {
    const seeded = readdirSync('seed/catalog/eforms')
      .map((f) => f.replace(/\.json$/, ''))
      .filter((c) => /^\d\.\d{6}$/.test(c));
    assert.ok(seeded.length >= 6);
    // And one procedure with the generic request form.
    const list = (await t.app.inject('/api/v1/procedures?limit=100')).json().items as { code: string }[];
    seeded.push(list.find((p) => !seeded.includes(p.code))!.code);
    let compared = 0;
    for (const code of seeded) {
      const v = await current(code);
      const module = await importModule((await t.app.inject(v.eformValidator)).body);
      const browser = instantiateValidator(module, v.eform);
      for (const data of [...(badInputs[code] ?? []), {}, { unknownField: 1 }, null]) {
        const server = await serverCheck(code, data);
        assert.deepEqual(browser.validate(data), server, `${code}: ${JSON.stringify(data)}`);
        compared++;
      }
    }
    assert.ok(compared >= 30);
    // The comparison is not empty: real messages, in both languages.
    const v = await current('1.001193');
    const browser = instantiateValidator(
      await importModule((await t.app.inject(v.eformValidator)).body),
      v.eform,
    );
    const result = browser.validate(badInputs['1.001193']![1]);
    assert.equal(result.valid, false);
    assert.ok(result.errors.some((e) => e.vi.includes('phải là một ngày có thật')));
  });

  it('moves to a new address when a scheduled version’s form changes', async () => {
    const scheduled = await t.app.inject({
      method: 'POST',
      url: '/api/v1/procedures/1.001193/versions',
      headers: as(editor),
      payload: versionInput(),
    });
    assert.equal(scheduled.statusCode, 201, scheduled.body);
    const before = scheduled.json() as Version;
    const eform = smallEform();
    (eform.schema.properties as Record<string, { maxLength?: number }>).fullName!.maxLength = 50;
    const edited = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/procedures/1.001193/versions/${before.version}`,
      headers: as(editor),
      payload: versionInput({ eform }),
    });
    assert.equal(edited.statusCode, 200, edited.body);
    const after = edited.json() as Version;
    assert.notEqual(after.eformValidator, before.eformValidator);
    const module = await importModule((await t.app.inject(after.eformValidator)).body);
    const check = instantiateValidator(module, after.eform).validate({
      fullName: 'x'.repeat(60),
      wantsCopy: false,
    });
    assert.deepEqual(
      check.errors.map((e) => e.en),
      ['“Full name” must have at most 50 characters.'],
    );
  });
});
