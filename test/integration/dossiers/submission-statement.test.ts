// An online submission is written by one statement, which is its own transaction (bench/README.md,
// dossier-submit): what that must keep — nothing of it without the rest, one dossier per
// Idempotency-Key even when the retries race, the code in the outbox event and the audit record,
// an agency's first audit record, the draft dropped — and that it stays one statement.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type pg from 'pg';
import { getVersionInForce } from '../../../src/server/modules/catalog';
import { DEFAULT_CODE_FORMAT } from '../../../src/server/modules/dossiers/lib/dossier-code';
import { birthRegistrationForm } from '../../../src/server/modules/dossiers/seed/sample-forms';
import { recordSubmission } from '../../../src/server/modules/dossiers/services/record-submission';
import { findAgencyById, personDetailsSql } from '../../../src/server/modules/identity';
import { verifyAudit } from '../../../src/server/platform/audit';
import type { TestContext } from '../../support/app';
import { as, type Session, signIn } from '../../support/identity';
import { birthRegistrationBed, todaysCounter, upload } from './support';

describe('an online submission, written by one statement', () => {
  let t: TestContext;
  let citizen: Session;
  let hamRong: string;
  let papers: number[];
  before(async () => {
    ({ t, citizen, hamRong, papers } = await birthRegistrationBed());
  });
  after(() => t.close());

  const payload = async (childName: string, agency = hamRong) => {
    const uploadId = await upload(t.app, citizen);
    return {
      procedureCode: '1.001193',
      agencyId: agency,
      formData: birthRegistrationForm({ childName }),
      attachments: papers.map((paper) => ({ paper, uploadId })),
    };
  };
  const submit = (key: string, body: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: { ...as(citizen), 'idempotency-key': key },
      payload: body,
    });
  const counts = async () =>
    (
      await sql<Record<string, number>>`select
        (select count(*)::int from dossiers) dossiers, (select count(*)::int from dossier_actions) actions,
        (select count(*)::int from dossier_attachments) attachments, (select count(*)::int from outbox) events,
        (select count(*)::int from audit_log) audit, (select count(*)::int from idempotency_keys) keys,
        (select coalesce(sum(last_seq), 0)::int from dossier_counters) numbers`.execute(t.platform.db)
    ).rows[0]!;

  /** The SQL text of every statement the app sends while `fn` runs. */
  async function statementsDuring(fn: () => Promise<unknown>): Promise<string[]> {
    const pool = t.platform.database.pool;
    const seen: string[] = [];
    const connect = pool.connect.bind(pool) as () => Promise<pg.PoolClient>;
    const patched = async () => {
      const client = await connect();
      const query = client.query;
      if (!(query as { counted?: boolean }).counted) {
        const counting = function (this: pg.PoolClient, ...args: unknown[]) {
          const q = args[0] as string | { text: string };
          seen.push(typeof q === 'string' ? q : q.text);
          return (query as (...a: unknown[]) => unknown).apply(this, args);
        };
        (counting as { counted?: boolean }).counted = true;
        client.query = counting as typeof client.query;
        client.once('release', () => {
          client.query = query;
        });
      }
      return client;
    };
    (pool as { connect: unknown }).connect = patched;
    try {
      await fn();
    } finally {
      (pool as { connect: unknown }).connect = connect;
    }
    return seen;
  }

  it('sends one statement that writes, no transaction around it, and reads the version from memory', async () => {
    const warm = await submit('one-statement-0', await payload('Phạm Minh Khôi'));
    assert.equal(warm.statusCode, 201, warm.body);
    const body = await payload('Phạm Minh Khang');
    const sent = await statementsDuring(async () => {
      const res = await submit('one-statement-1', body);
      assert.equal(res.statusCode, 201, res.body);
    });
    const writes = sent.filter((q) => /^\s*(with|insert|update|delete)\b/i.test(q));
    assert.equal(writes.length, 1, writes.join('\n---\n'));
    assert.match(writes[0]!, /dossier_counters[\s\S]*audit_log/);
    assert.deepEqual(
      sent.filter((q) => /^\s*(begin|commit|set constraints)/i.test(q)),
      [],
    );
    // The version in force was read by the first submission and is kept for a few seconds.
    assert.deepEqual(
      sent.filter((q) => /procedure_versions/.test(q)),
      [],
    );
    // The statement reads the uploads it names itself: no read of them before it.
    assert.deepEqual(
      sent.filter((q) => /^\s*select[\s\S]*\buploads\b/i.test(q)),
      [],
    );
    // Nor of the applicant's account: the statement copies the details from it.
    assert.deepEqual(
      sent.filter((q) => /\baccounts\b/.test(q) && !/dossier_counters/.test(q)),
      [],
    );
  });

  it("copies the applicant's details from their account, as they are when the dossier is written", async () => {
    // A changed address and e-mail show on the next dossier: nothing is remembered from before.
    const line = `Số ${Date.now() % 1000} ngõ Hạc Thành`;
    await sql`update accounts set address_line = ${line}, email = 'cha.moi@example.vn'
      where phone = '0900000001'`.execute(t.platform.db);
    const res = await submit('applicant-copied-1', await payload('Trần Gia Huy'));
    assert.equal(res.statusCode, 201, res.body);
    const account = (
      await sql<{
        full_name: string;
        personal_id: string | null;
        phone: string;
        unit: string | null;
      }>`select a.full_name, a.personal_id, a.phone, u.name as unit
        from accounts a left join admin_units u on u.code = a.address_unit_code
        where a.phone = '0900000001'`.execute(t.platform.db)
    ).rows[0]!;
    const expected = {
      fullName: account.full_name,
      personalId: account.personal_id,
      phone: account.phone,
      email: 'cha.moi@example.vn',
      address: [line, account.unit].filter(Boolean).join(', '),
    };
    for (const [key, value] of Object.entries(expected)) assert.equal(res.json().applicant[key], value, key);
    const row = await t.platform.db
      .selectFrom('dossiers')
      .select(['applicant', 'applicant_phone_last4'])
      .where('id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row.applicant, { ...expected, organisation: null });
    assert.equal(row.applicant_phone_last4, account.phone.slice(-4));
    // What the answer said is what a later read says.
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${res.json().id}`,
      headers: as(citizen),
    });
    assert.deepEqual(read.json().applicant, res.json().applicant);
  });

  it('writes nothing when the account to copy the applicant from is not there', async () => {
    const before = await counts();
    const version = await getVersionInForce(t.platform.db, '1.001193', new Date());
    const agency = (await findAgencyById(t.platform.db, hamRong))!;
    const id = randomUUID();
    const written = await recordSubmission(
      t.platform.db,
      {
        id,
        now: new Date(),
        codeFormat: DEFAULT_CODE_FORMAT,
        agency,
        version,
        channel: 'online',
        applicant: { readFrom: personDetailsSql(randomUUID()) },
        applicantAccountId: null,
        applicantOrganisationId: null,
        formData: {},
        by: { type: 'citizen', id: randomUUID(), role: 'applicant', agencyId: null },
        data: {},
      },
      { riders: { claim: { scope: 'account:gone', key: 'gone-account-0001', requestHash: 'x' } } },
    );
    assert.equal(written, 'applicant-missing');
    assert.deepEqual(await counts(), before);
  });

  it("answers clearly and writes nothing once the agency's numbers of the day are used up", async () => {
    const { orgId } = (await findAgencyById(t.platform.db, hamRong))!;
    const counter = await todaysCounter(t.platform, orgId);
    await counter.set(9999); // TT 01/2018 Điều 19: four digits a day
    try {
      const body = await payload('Đinh Gia Bảo');
      const before = await counts();
      const res = await submit('numbers-used-up-1', body);
      assert.equal(res.statusCode, 503, res.body);
      assert.match(res.json().message_vi, /đã dùng hết 9\.999 số hồ sơ của ngày hôm nay/);
      assert.match(res.json().message_en, /used all 9,999 dossier numbers of today/);
      assert.deepEqual(await counts(), before);
    } finally {
      await counter.set(counter.taken);
    }
  });

  it("refuses another citizen's upload, says which attachment, writes nothing and leaves the key free", async () => {
    const other = await signIn(t.app, '0900000002');
    const theirs = await upload(t.app, other);
    const mine = await payload('Hoàng Gia Bảo');
    const body = {
      ...mine,
      attachments: mine.attachments.map((a, i) => (i === 0 ? { ...a, uploadId: theirs } : a)),
    };
    const before = await counts();
    const res = await submit('not-my-upload-01', body);
    assert.equal(res.statusCode, 400, res.body);
    assert.equal(res.json().code, 'VALIDATION_FAILED');
    assert.deepEqual(
      res.json().errors.map((f: { path: string }) => f.path),
      ['attachments.0'],
    );
    assert.match(res.json().errors[0].vi, /không thuộc về bạn/);
    assert.match(res.json().errors[0].en, /not yours/);
    assert.deepEqual(await counts(), before);
    // Nothing was claimed: the same key with the applicant's own files goes through.
    const again = await submit('not-my-upload-01', mine);
    assert.equal(again.statusCode, 201, again.body);
    const file = await t.platform.db
      .selectFrom('uploads')
      .select(['size', 'media_type'])
      .where('id', '=', mine.attachments[0]!.uploadId)
      .executeTakeFirstOrThrow();
    type Shown = { filename: string; mediaType: string; size: number };
    assert.deepEqual(
      again.json().attachments.map((a: Shown) => [a.filename, a.mediaType, a.size]),
      mine.attachments.map(() => ['giay-chung-sinh.pdf', file.media_type, Number(file.size)]),
    );
  });

  it('answers every racing retry of one key with the same dossier, written once', async () => {
    const before = await counts();
    const body = await payload('Đỗ Gia Hân');
    const answers = await Promise.all(Array.from({ length: 6 }, () => submit('racing-key-000001', body)));
    assert.deepEqual(answers.map((a) => a.statusCode).sort(), [200, 200, 200, 200, 200, 201]);
    const ids = new Set(answers.map((a) => a.json().id as string));
    const codes = new Set(answers.map((a) => a.json().code as string));
    assert.equal(ids.size, 1);
    assert.equal(codes.size, 1);
    const now = await counts();
    assert.deepEqual(Object.fromEntries(Object.entries(now).map(([k, v]) => [k, v - before[k]!])), {
      dossiers: 1,
      actions: 1,
      attachments: papers.length,
      events: 1,
      audit: 1,
      keys: 1,
      numbers: 1,
    });
  });

  it('refuses the key with another body and writes nothing', async () => {
    const first = await submit('reused-key-000001', await payload('Vũ Thảo Vy'));
    assert.equal(first.statusCode, 201);
    const before = await counts();
    const res = await submit('reused-key-000001', await payload('Vũ Thảo Nguyên'));
    assert.equal(res.statusCode, 422, res.body);
    assert.equal(res.json().code, 'IDEMPOTENCY_MISMATCH');
    assert.ok(res.json().message_vi);
    assert.deepEqual(await counts(), before);
  });

  it('puts the code in the outbox event and in the audit record, whose chain verifies', async () => {
    const res = await submit('code-in-event-01', await payload('Lý Bảo Ngọc'));
    assert.equal(res.statusCode, 201);
    const { id, code } = res.json() as { id: string; code: string };
    const event = await t.platform.db
      .selectFrom('outbox')
      .select(['topic', 'payload', 'agency_id'])
      .where(sql<boolean>`payload->>'dossierId' = ${id}`)
      .executeTakeFirstOrThrow();
    assert.equal(event.agency_id, hamRong);
    assert.deepEqual(event.payload, {
      dossierId: id,
      code,
      state: 'submitted',
      action: 'submit',
      accountId: citizen.id,
    });
    const audit = await t.platform.db
      .selectFrom('audit_log')
      .select(['chain', 'action', 'data', 'actor_type', 'actor_id'])
      .where('subject_id', '=', id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(audit, {
      chain: hamRong,
      action: 'dossier.submitted',
      data: { code, procedure: '1.001193' },
      actor_type: 'citizen',
      actor_id: citizen.id,
    });
    assert.deepEqual((await verifyAudit(t.platform.db)).problems, []);
  });

  it('starts the audit chain of an agency that had none with its first submission', async () => {
    const agencies = (await t.app.inject('/api/v1/agencies')).json().items as { id: string }[];
    const heads = new Set(
      (await t.platform.db.selectFrom('audit_chain_heads').select('chain').execute()).map((h) => h.chain),
    );
    const fresh = agencies.find((a) => !heads.has(a.id));
    assert.ok(fresh, 'an agency without audit records');
    const res = await submit('first-of-chain-01', await payload('Mai Anh Thư', fresh.id));
    assert.equal(res.statusCode, 201, res.body);
    const head = await t.platform.db
      .selectFrom('audit_chain_heads')
      .select('seq')
      .where('chain', '=', fresh.id)
      .executeTakeFirstOrThrow();
    assert.equal(Number(head.seq), 1);
    const records = await t.platform.db
      .selectFrom('audit_log')
      .select(['seq', 'subject_id'])
      .where('chain', '=', fresh.id)
      .execute();
    assert.deepEqual(
      records.map((r) => [Number(r.seq), r.subject_id]),
      [[1, res.json().id]],
    );
    assert.deepEqual((await verifyAudit(t.platform.db)).problems, []);
  });

  it('drops the draft of the procedure it submits, and only that one', async () => {
    const save = (code: string) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/me/drafts/${code}`,
        headers: as(citizen),
        payload: { agencyId: hamRong, formData: {}, attachments: [] },
      });
    for (const code of ['1.001193', '1.000894']) {
      const saved = await save(code);
      assert.ok(saved.statusCode < 300, saved.body);
    }
    const res = await submit('drops-draft-0001', await payload('Hồ Đức Anh'));
    assert.equal(res.statusCode, 201);
    const drafts = await t.app.inject({ url: '/api/v1/me/drafts', headers: as(citizen) });
    assert.deepEqual(
      (drafts.json().items as { procedureCode: string }[]).map((d) => d.procedureCode),
      ['1.000894'],
    );
  });
});
