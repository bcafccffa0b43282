import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { stateInfo } from '../../src/contracts/dossier-workflow';
import { countInboxByState, listInbox } from '../../src/server/modules/dossiers/repo/dossiers.repo';
import type { Database } from '../../src/server/platform/db';
import { signInStaff, startDossierApp } from '../lib/dossier-app';
import type { Scenario } from '../lib/scenario';
import { percentile } from '../lib/stats';

const ROWS = 1_000_000;
const WARMUP = 20;
const REQUESTS = 200;
const RECEIVER = 'motcua.hamrong';
/** The receiver's grants: Hàm Rồng's one-stop desk and the commune (the desk's path is under it). */
const RECEIVER_AGENCIES = ['001.31.21.H56', '000.31.21.H56'];
/** Where the loaded dossiers were received, with their share of the load. */
const COMMUNES = [
  { orgId: '000.31.21.H56', share: 0.45 },
  { orgId: '000.32.21.H56', share: 0.35 },
  { orgId: '000.33.21.H56', share: 0.2 },
];
/** The states a receiver works on (`ROLE_STATES.receiver` in services/list-dossiers.ts). */
const RECEIVER_STATES = ['submitted', 'received', 'supplement_requested', 'result_ready', 'fee_requested'];

const nationalCase = `case state ${Object.entries(stateInfo)
  .map(([s, info]) => `when '${s}' then ${info.national}`)
  .join(' ')} end`;

/**
 * One million dossiers over three years at three communes (about 400 a day at the largest). Dossiers
 * of the last 15 days are spread over the working states; older ones are mostly finished, with 0.3 %
 * still in a working state (the overdue tail of a real inbox). So most dossiers are finished and the
 * open ones number a few thousand per commune, as in a real ward: the issue asks for the inbox of
 * such a ward among a million dossiers (about 7 000 open at Hàm Rồng, 3 800 of them in the receiver's
 * states). Due dates 3–15 days after submission (none while only submitted).
 */
const LOAD_SQL = `
with ag as (
  select array_agg(a.id order by c.ord) ids, array_agg(a.path order by c.ord) paths,
         array_agg(a.org_id order by c.ord) orgs
  from agencies a join unnest($2::text[]) with ordinality c(org_id, ord) on c.org_id = a.org_id
),
pv as (
  select array_agg(v.id order by p.code, v.version) ids, array_agg(p.code order by p.code, v.version) codes, count(*)::int n
  from procedure_versions v join procedures p on p.id = v.procedure_id
),
g as (
  select i, random() rs, random() rc, random() ra, random() rv,
         now() - (random() * interval '1095 days') sub
  from generate_series(1, $1::bigint) i
),
s as (
  select g.*,
         case when ra < $3::float8 then 1 when ra < $3::float8 + $4::float8 then 2 else 3 end a,
         case
           when sub > now() - interval '15 days' then
             case when rs < 0.20 then 'submitted' when rs < 0.35 then 'received' when rs < 0.62 then 'processing'
                  when rs < 0.70 then 'supplement_requested' when rs < 0.76 then 'awaiting_approval'
                  when rs < 0.81 then 'awaiting_signature' when rs < 0.84 then 'fee_requested'
                  when rs < 0.92 then 'result_ready' when rs < 0.97 then 'returned'
                  when rs < 0.99 then 'withdrawn' else 'refused' end
           else
             case when rs < 0.0012 then 'processing' when rs < 0.0020 then 'received'
                  when rs < 0.0026 then 'supplement_requested' when rs < 0.0030 then 'result_ready'
                  when rs < 0.955 then 'returned' when rs < 0.975 then 'withdrawn'
                  when rs < 0.99 then 'refused' else 'stopped' end
         end state
  from g
),
r as (
  select s.*, case when state = 'submitted' then null else sub + (3 + i % 13) * interval '1 day' end due,
         case when state in ('returned', 'result_ready', 'withdrawn', 'refused', 'stopped')
              then sub + (1 + i % 17) * interval '1 day' end ended
  from s
)
insert into dossiers (code, agency_id, agency_path, agency_org_id, procedure_code, procedure_version_id, channel,
                      applicant, applicant_phone_last4, form_data, state, national_status, submitted_at,
                      received_at, due_at, step_due_at, ended_at, returned_at, verdict, created_at, updated_at)
select ag.orgs[a] || '-' || to_char(sub, 'YYMMDD') || '-B' || lpad(i::text, 7, '0'),
       ag.ids[a], ag.paths[a], ag.orgs[a],
       pv.codes[1 + (floor(rv * rv * pv.n))::int], pv.ids[1 + (floor(rv * rv * pv.n))::int],
       case when rc < 0.85 then 'online' when rc < 0.98 then 'desk' else 'postal' end,
       jsonb_build_object('fullName', 'Công dân thử ' || i, 'personalId', '038' || lpad((i * 7919 % 1000000000)::text, 9, '0'),
                          'phone', '09' || lpad((i * 104729 % 100000000)::text, 8, '0'), 'email', null,
                          'address', 'Thôn ' || (i % 40) || ', tỉnh Thanh Hóa', 'organisation', null),
       lpad((i * 104729 % 10000)::text, 4, '0'),
       jsonb_build_object('child', jsonb_build_object('fullName', 'Con thử ' || i, 'sex', 'female'),
                          'commitment', true),
       state, ${nationalCase}, sub,
       case when state = 'submitted' then null else sub + interval '2 hours' end,
       due, case when state = 'submitted' then null else least(due, sub + interval '3 days') end,
       ended, case when state = 'returned' then ended end,
       case when state = 'returned' then (case when ended < due then 'early' when ended = due then 'on_time' else 'late' end) end,
       sub, coalesce(ended, sub)
from r, ag, pv`;

/** Runs the repository's own inbox queries once through Kysely and keeps their SQL and parameters. */
async function inboxSql(url: string, agencyPaths: string[]) {
  const captured: { sql: string; parameters: readonly unknown[] }[] = [];
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 2 }) }),
    log: (event) => {
      if (event.level === 'query')
        captured.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  try {
    const filter = { agencyPaths, states: RECEIVER_STATES };
    await listInbox(db, { ...filter, limit: 50, offset: 0 });
    await countInboxByState(db, filter);
  } finally {
    await db.destroy();
  }
  const [list, count] = captured;
  if (!list || !count) throw new Error('the inbox queries were not captured');
  return { list, count };
}

export const dossierInbox: Scenario = {
  name: 'dossier-inbox',
  summary:
    `GET /api/v1/inbox (first page of 50 and counts per state) as the Hàm Rồng receiver, signed in with TOTP, over ` +
    `${ROWS.toLocaleString('en')} dossiers loaded by SQL at three communes; p95 of ${REQUESTS} sequential requests vs the ` +
    'same two SQL statements sent in parallel through pg, interleaved request by request.',
  target: { on: 'figure', op: '<', limit: 50, unit: 'ms' },
  async run(ctx) {
    const server = await ctx.postgres();
    const url = await server.createDatabase('cuaso_dossier_inbox');
    // The first start migrates and seeds the demo tenant and procedures; the rows come after.
    const app = await startDossierApp(ctx, url, 'app (dossier-inbox)');
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    pool.on('error', () => {});
    try {
      // In the order the app reads the grants (listRoleGrants: by agency path), so the SQL is the same.
      const agencies = await pool.query<{ path: string }>(
        'select path from agencies where org_id = any($1::text[]) order by path',
        [RECEIVER_AGENCIES],
      );
      const agencyPaths = agencies.rows.map((r) => r.path);
      if (agencyPaths.length !== RECEIVER_AGENCIES.length)
        throw new Error('demo agencies of Hàm Rồng not found');

      ctx.log(`loading ${ROWS} dossiers`);
      const loadStart = performance.now();
      const client = await pool.connect();
      try {
        await client.query('set synchronous_commit = off');
        await client.query('select setseed(0.42)');
        // The plain indexes (not the primary key or unique code) are dropped for the load and built again
        // from their own definitions afterwards: one sort each instead of a million random inserts.
        const indexes = await client.query<{ name: string; def: string }>(
          `select i.relname name, pg_get_indexdef(i.oid) def
           from pg_index x join pg_class i on i.oid = x.indexrelid
           where x.indrelid = 'dossiers'::regclass
             and not exists (select 1 from pg_constraint c where c.conindid = i.oid)`,
        );
        await client.query('begin');
        for (const index of indexes.rows) await client.query(`drop index "${index.name}"`);
        await client.query(LOAD_SQL, [
          ROWS,
          COMMUNES.map((c) => c.orgId),
          COMMUNES[0]!.share,
          COMMUNES[1]!.share,
        ]);
        await client.query("set maintenance_work_mem = '256MB'");
        for (const index of indexes.rows) await client.query(index.def);
        await client.query('commit');
      } catch (e) {
        await client.query('rollback').catch(() => {});
        throw e;
      } finally {
        client.release();
      }
      const loadSeconds = (performance.now() - loadStart) / 1000;
      ctx.log(`loaded in ${loadSeconds.toFixed(0)} s; vacuum analyze`);
      const vacuumStart = performance.now();
      await pool.query('vacuum analyze dossiers');
      const vacuumSeconds = (performance.now() - vacuumStart) / 1000;

      const { list, count } = await inboxSql(url, agencyPaths);
      const explain = async (q: { sql: string; parameters: readonly unknown[] }) =>
        (
          await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers, costs off) ${q.sql}`, [
            ...q.parameters,
          ])
        ).rows.map((r) => r['QUERY PLAN']);
      const plans = { list: await explain(list), count: await explain(count) };
      for (const [name, plan] of Object.entries(plans)) ctx.log(`EXPLAIN ${name}:\n  ${plan.join('\n  ')}`);

      const session = await signInStaff(app.baseUrl, RECEIVER);
      const inboxUrl = `${app.baseUrl}/api/v1/inbox`;
      const viaApp = async () => {
        const t0 = performance.now();
        const res = await fetch(inboxUrl, { headers: session.headers });
        const body = (await res.json()) as { total: number; items: unknown[] };
        if (res.status !== 200) throw new Error(`inbox answered ${res.status}: ${JSON.stringify(body)}`);
        return { ms: performance.now() - t0, total: body.total, items: body.items.length };
      };
      const viaPg = async () => {
        const t0 = performance.now();
        const [rows, counts] = await Promise.all([
          pool.query(list.sql, [...list.parameters]),
          pool.query<{ n: string }>(count.sql, [...count.parameters]),
        ]);
        const total = counts.rows.reduce((n, c) => n + Number(c.n), 0);
        return { ms: performance.now() - t0, total, items: rows.rowCount ?? 0 };
      };
      ctx.log(`inbox: ${WARMUP} warm-up, then ${REQUESTS} requests each side, interleaved`);
      for (let i = 0; i < WARMUP; i++) await Promise.all([viaApp(), viaPg()]);
      const times = { app: [] as number[], pg: [] as number[] };
      let sample = { app: await viaApp(), pg: await viaPg() };
      for (let i = 0; i < REQUESTS; i++) {
        const a = await viaApp();
        const b = await viaPg();
        times.app.push(a.ms);
        times.pg.push(b.ms);
        sample = { app: a, pg: b };
      }
      if (sample.app.total !== sample.pg.total)
        throw new Error(`the app counts ${sample.app.total} dossiers, the SQL ${sample.pg.total}`);

      const states = await pool.query<{ state: string; n: string }>(
        'select state, count(*) n from dossiers where agency_path like $1 group by state order by 2 desc',
        [`${agencyPaths[0]}%`],
      );
      return {
        figure: { label: 'inbox p95', value: percentile(times.app, 95), unit: 'ms' },
        baseline: { label: 'same SQL via pg p95', value: percentile(times.pg, 95), unit: 'ms' },
        extra: [
          { label: 'inbox p50', value: percentile(times.app, 50), unit: 'ms' },
          { label: 'inbox p99', value: percentile(times.app, 99), unit: 'ms' },
          { label: 'SQL p50', value: percentile(times.pg, 50), unit: 'ms' },
          { label: 'load 1M rows', value: loadSeconds, unit: 's' },
          { label: 'vacuum analyze', value: vacuumSeconds, unit: 's' },
        ],
        notes: [
          `the receiver's inbox holds ${sample.app.total} dossiers (page of ${sample.app.items}); Hàm Rồng by state: ` +
            states.rows.map((r) => `${r.state} ${r.n}`).join(', '),
          `list SQL: ${list.sql}`,
          `EXPLAIN list: ${plans.list.map((l) => l.trim()).join(' ⏎ ')}`,
          `count SQL: ${count.sql}`,
          `EXPLAIN count: ${plans.count.map((l) => l.trim()).join(' ⏎ ')}`,
        ],
      };
    } finally {
      await pool.end();
      await app.stop();
    }
  },
};
