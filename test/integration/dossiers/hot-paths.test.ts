// What the speed-ups of the submission, tracking and inbox paths (bench/README.md) must not change:
// codes from a configured format and their overflow, references still checked outside submissions,
// audit hashes computed by the database equal to the JavaScript ones, and the inbox paged in one
// stable order with every open dossier once.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { formatDossierCode } from '../../../src/server/modules/dossiers/lib/dossier-code';
import { appendAction } from '../../../src/server/modules/dossiers/repo/actions.repo';
import { countInboxByState, listInbox } from '../../../src/server/modules/dossiers/repo/dossiers.repo';
import { birthRegistrationForm } from '../../../src/server/modules/dossiers/seed/sample-forms';
import { appendAudit, verifyAudit } from '../../../src/server/platform/audit';
import type { TestContext } from '../../support/app';
import { as, type Session } from '../../support/identity';
import { birthRegistrationBed, upload } from './support';

const FORMAT = '{yyyy}{mm}{dd}/{org}/{seq:3}';
const RECEIVER_STATES = ['submitted', 'received', 'supplement_requested', 'result_ready', 'fee_requested'];

describe('hot paths: submission order, audit hashing, inbox paging', () => {
  let t: TestContext;
  let citizen: Session;
  let hamRong: string;
  let papers: number[];
  before(async () => {
    ({ t, citizen, hamRong, papers } = await birthRegistrationBed({ DOSSIER_CODE_FORMAT: FORMAT }));
  });
  after(() => t.close());

  const submit = async (key: string) => {
    const uploadId = await upload(t.app, citizen);
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: { ...as(citizen), 'idempotency-key': key },
      payload: {
        procedureCode: '1.001193',
        agencyId: hamRong,
        formData: birthRegistrationForm({ childName: `Lê Con ${key}` }),
        attachments: papers.map((paper) => ({ paper, uploadId })),
      },
    });
  };

  it('numbers a submission in the database exactly as the configured format says', async () => {
    const res = await submit('format-0000001');
    assert.equal(res.statusCode, 201);
    const { code } = res.json() as { code: string };
    const counter = await t.platform.db
      .selectFrom('dossier_counters')
      .select(['day', 'last_seq'])
      .where('org_id', '=', '000.31.21.H56')
      .orderBy('day', 'desc')
      .executeTakeFirstOrThrow();
    const d = counter.day as unknown as Date | string;
    const day =
      d instanceof Date
        ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
        : String(d).slice(0, 10);
    assert.equal(code, formatDossierCode(FORMAT, '000.31.21.H56', day, counter.last_seq));
    assert.match(code, /^\d{8}\/000\.31\.21\.H56\/\d{3}$/);
    // The first action and the attachment, written before the dossier row, belong to it.
    const row = await t.platform.db
      .selectFrom('dossiers')
      .select('id')
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    const [actions, attachments] = await Promise.all([
      sql<{ n: number }>`select count(*)::int n from dossier_actions where dossier_id = ${row.id}`.execute(
        t.platform.db,
      ),
      sql<{
        n: number;
      }>`select count(*)::int n from dossier_attachments where dossier_id = ${row.id}`.execute(t.platform.db),
    ]);
    assert.equal(actions.rows[0]!.n, 1);
    assert.equal(attachments.rows[0]!.n, papers.length);
  });

  it('still checks an action’s dossier at once outside a submission', async () => {
    await assert.rejects(
      t.platform.db.transaction().execute((trx) =>
        appendAction(trx, {
          dossier_id: randomUUID(),
          action: 'accept',
          from_state: 'submitted',
          to_state: 'received',
          actor_type: 'system',
          actor_id: null,
          actor_role: null,
          actor_agency_id: null,
          note: null,
          at: new Date(),
        }),
      ),
      /foreign key/,
    );
  });

  it('hashes audit records in the database as verification recomputes them, whatever the data holds', async () => {
    const tricky = [
      { tên: 'Nguyễn Thị Ánh Tuyết', ghi_chú: 'dòng 1\ndòng 2\t"trích dẫn" \\ gạch chéo' },
      { z: 1, a: [3, 2, { y: null, b: 1.5 }], 'khoá có dấu': true, emoji: '🇻🇳', ctl: '\u0001\u001f' },
      { n: -0.000001, big: 12345678901234, s: 'prev_hash seq "prev-x" ', empty: {} },
      {},
    ];
    const chain = randomUUID();
    const results = [];
    for (const data of tricky)
      results.push(
        await t.platform.db.transaction().execute((trx) =>
          appendAudit(trx, {
            actor: { type: 'staff', id: 'u-1' },
            action: 'hash.probe',
            subject: { type: 'dossier', id: 'x' },
            agencyId: chain, // a new chain: its head is created by the first append
            data,
            requestId: 'req-"1"',
            ip: '::1',
          }),
        ),
      );
    assert.deepEqual(
      results.map((r) => r.seq),
      [1, 2, 3, 4],
    );
    const report = await verifyAudit(t.platform.db);
    assert.deepEqual(report.problems, []);
    // And a tampered record of that chain is still caught.
    await sql`alter table audit_log disable trigger audit_log_no_update`.execute(t.platform.db);
    await sql`update audit_log set data = '{"tên": "khác"}' where chain = ${chain} and seq = 1`.execute(
      t.platform.db,
    );
    await sql`alter table audit_log enable trigger audit_log_no_update`.execute(t.platform.db);
    const tampered = await verifyAudit(t.platform.db);
    assert.deepEqual(
      tampered.problems.map((p) => [p.chain, p.seq]),
      [[chain, 1]],
    );
  });

  it('pages the inbox in one stable order, every open dossier once, even with nested agency paths', async () => {
    const agencies = await sql<{ path: string }>`select path from agencies
      where org_id in ('000.31.21.H56', '001.31.21.H56') order by path`.execute(t.platform.db);
    const paths = agencies.rows.map((r) => r.path);
    for (let i = 0; i < 7; i++) assert.equal((await submit(`inbox-page-${i}-000`)).statusCode, 201);
    assert.equal(paths.length, 2);
    assert.ok(paths[1]!.startsWith(paths[0]!), 'the desk sits under its commune');
    // Every dossier of the commune subtree in an open state, ordered as the inbox promises.
    const expected = await sql<{ id: string; state: string }>`select id, state from dossiers
      where agency_path like ${`${paths[0]}%`} and state = any(${RECEIVER_STATES})
      order by due_at asc nulls last, submitted_at asc, id asc`.execute(t.platform.db);
    assert.ok(expected.rows.length >= 8);
    const filter = { agencyPaths: paths, states: RECEIVER_STATES };
    const seen: string[] = [];
    for (let offset = 0; offset < expected.rows.length + 3; offset += 3)
      seen.push(...(await listInbox(t.platform.db, { ...filter, limit: 3, offset })).map((r) => r.id));
    assert.deepEqual(
      seen,
      expected.rows.map((r) => r.id),
    );
    const counts = await countInboxByState(t.platform.db, filter);
    const byState: Record<string, number> = {};
    for (const r of expected.rows) byState[r.state] = (byState[r.state] ?? 0) + 1;
    assert.deepEqual(Object.fromEntries(counts.map((c) => [c.state, Number(c.n)])), byState);
  });
  it('refuses a number wider than the format and keeps nothing of that submission', async () => {
    await sql`update dossier_counters set last_seq = 999 where org_id = '000.31.21.H56'`.execute(
      t.platform.db,
    );
    const before = await sql<{ d: number; a: number; k: number }>`select
        (select count(*)::int from dossiers) d, (select count(*)::int from dossier_actions) a,
        (select count(*)::int from idempotency_keys) k`.execute(t.platform.db);
    const res = await submit('overflow-000001');
    // The day's numbers are used up: said as such, not as an internal error.
    assert.equal(res.statusCode, 503, res.body);
    assert.equal(res.json().code, 'UNAVAILABLE');
    assert.match(res.json().message_vi, /đã dùng hết 999 số hồ sơ của ngày hôm nay/);
    const afterwards = await sql<{ d: number; a: number; k: number }>`select
        (select count(*)::int from dossiers) d, (select count(*)::int from dossier_actions) a,
        (select count(*)::int from idempotency_keys) k`.execute(t.platform.db);
    assert.deepEqual(afterwards.rows[0], before.rows[0]);
    const counter = await sql<{ last_seq: number }>`select last_seq from dossier_counters
      where org_id = '000.31.21.H56' order by day desc limit 1`.execute(t.platform.db);
    assert.equal(counter.rows[0]!.last_seq, 999);
  });
});
