import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestContext } from '../../support/app';
import { as, type Session, seedDemo, signIn, signInStaff } from '../../support/identity';
import { dossierOfCitizenA } from './dossier-fixture';
import { type ActorName, type Entry, type Fixture, matrix, type Outcome } from './matrix';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

describe('authorization matrix over every route in the OpenAPI document', () => {
  let t: TestContext;
  let sessions: Record<Exclude<ActorName, 'anonymous'>, Session>;
  let fixture: Fixture;
  let operations: string[];

  before(async () => {
    t = await createTestApp();
    await seedDemo(t.platform);
    sessions = {
      citizenA: await signIn(t.app, '0900000001', undefined, '10.20.0.1'),
      citizenB: await signIn(t.app, '0900000002', undefined, '10.20.0.2'),
      staffX: await signInStaff(t.app, t.platform, 'quantri.hamrong'),
      staffY: await signInStaff(t.app, t.platform, 'quantri.hacthanh'),
      admin: await signInStaff(t.app, t.platform, 'admin'),
    };
    const agencies = (await t.app.inject('/api/v1/agencies')).json().items as { id: string; orgId: string }[];
    const agencyX = agencies.find((a) => a.orgId === '000.31.21.H56')!.id;
    const staff = (
      await t.app.inject({ url: `/api/v1/agencies/${agencyX}/staff`, headers: as(sessions.staffX) })
    ).json().items as { id: string; username: string }[];
    let n = 0;
    fixture = {
      agencyX,
      citizenAId: sessions.citizenA.id,
      citizenAPersonalId: '038090012345',
      specialistX: staff.find((s) => s.username === 'chuyenvien.hamrong')!.id,
      tokenX: '',
      dossierA: { id: '', code: '', attachmentId: '', documentId: '' },
      unique: () => `${Date.now() % 100000}${++n}`,
    };
    const token = await t.app.inject({
      method: 'POST',
      url: `/api/v1/agencies/${agencyX}/api-tokens`,
      headers: as(sessions.staffX),
      payload: { name: 'Ma trận', scopes: ['dossiers:read'] },
    });
    fixture.tokenX = token.json().id;
    fixture.dossierA = await dossierOfCitizenA(t, sessions.citizenA, agencyX);
    const doc = (await t.app.inject('/api/openapi.json')).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      METHODS.filter((m) => ops[m]).map((m) => `${m.toUpperCase()} ${path}`),
    );
  });
  after(() => t.close());

  it('has an entry for every route, and no entry for a route that does not exist', () => {
    const missing = operations.filter((op) => !matrix[op]);
    assert.deepEqual(
      missing,
      [],
      `add these routes to test/integration/authz/matrix.ts: ${missing.join(', ')}`,
    );
    const stale = Object.keys(matrix).filter((op) => !operations.includes(op));
    assert.deepEqual(stale, []);
  });

  it('answers every caller as the matrix says', async () => {
    const ordered = Object.entries(matrix).sort(
      ([, a], [, b]) => Number(Boolean(a.last)) - Number(Boolean(b.last)),
    );
    const failures: string[] = [];
    for (const [op, entry] of ordered) {
      for (const actor of Object.keys(entry.expect) as ActorName[]) {
        const got = await call(op, entry, actor);
        const want = entry.expect[actor];
        const ok = want === 'ok' ? got.status >= 200 && got.status < 300 : got.status === want;
        if (!ok)
          failures.push(`${op} as ${actor}: expected ${want}, got ${got.status} ${got.body.slice(0, 160)}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  async function call(op: string, entry: Entry, actor: ActorName): Promise<{ status: number; body: string }> {
    const [method, template] = op.split(' ') as [string, string];
    const params = entry.params?.(fixture) ?? {};
    const url = template.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(params[k] ?? 'missing'));
    const query = entry.query ? `?${new URLSearchParams(entry.query(fixture))}` : '';
    const body = entry.body?.(fixture, actor);
    const res = await t.app.inject({
      method: method as 'GET',
      url: `${url}${query}`,
      headers: { ...(actor === 'anonymous' ? {} : as(sessions[actor])), ...entry.headers?.(fixture) },
      remoteAddress: `10.30.${Object.keys(entry.expect).indexOf(actor)}.1`,
      ...(body ? { payload: body } : {}),
    });
    return { status: res.statusCode, body: res.body };
  }
});

export type { Outcome };
