import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { DEMO_CITIZENS, HAM_RONG_ORG_ID, type Session, signIn, startDossierApp } from '../lib/dossier-app';
import type { Scenario } from '../lib/scenario';
import { percentile } from '../lib/stats';

const CLIENTS = 50;
const CAPACITY = 5;
const ROUNDS = 10;

/**
 * `CLIENTS` dossiers of one citizen, each with its result ready, written straight into the bench
 * database: the scenario measures booking, not the workflow that leads to it.
 */
async function readyDossiers(url: string, n: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const agency = await client.query<{ id: string; path: string }>(
      'select id, path from agencies where org_id = $1',
      [HAM_RONG_ORG_ID],
    );
    const citizen = await client.query<{ id: string }>('select id from accounts where phone = $1', [
      DEMO_CITIZENS[0],
    ]);
    const a = agency.rows[0];
    const accountId = citizen.rows[0]?.id;
    if (!a || !accountId) throw new Error('demo agency or citizen missing');
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const id = randomUUID();
      ids.push(id);
      await client.query(
        `insert into dossiers (id, code, agency_id, agency_path, agency_org_id, procedure_code, procedure_version_id,
           channel, applicant_account_id, applicant, form_data, state, national_status, submitted_at, due_at, ended_at)
         values ($1, $2, $3, $4, $5, '1.001193', gen_random_uuid(), 'online', $6, $7, '{}', 'result_ready', 9, now(), now(), now())`,
        [
          id,
          `${HAM_RONG_ORG_ID}-991231-${String(i + 1).padStart(5, '0')}`,
          a.id,
          a.path,
          HAM_RONG_ORG_ID,
          accountId,
          JSON.stringify({
            fullName: 'Nguyễn Văn An',
            personalId: null,
            phone: null,
            email: null,
            address: null,
          }),
        ],
      );
    }
    return ids;
  } finally {
    await client.end();
  }
}

type Slots = { days: { slots: { startsAt: string; free: number }[] }[] };

async function freeSlots(baseUrl: string, session: Session, dossierId: string): Promise<string[]> {
  const res = await fetch(`${baseUrl}/api/v1/dossiers/${dossierId}/pickup/slots`, {
    headers: session.headers,
  });
  if (res.status !== 200) throw new Error(`slots: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as Slots;
  return body.days.flatMap((d) => d.slots.filter((s) => s.free === CAPACITY).map((s) => s.startsAt));
}

async function timed(fn: () => Promise<number>): Promise<{ status: number; ms: number }> {
  const t0 = performance.now();
  const status = await fn();
  return { status, ms: performance.now() - t0 };
}

export const bookingContention: Scenario = {
  name: 'booking-contention',
  summary:
    `${CLIENTS} concurrent clients book the same pickup slot of capacity ${CAPACITY} (POST /api/v1/pickup/bookings, ` +
    `one dossier each), ${ROUNDS} rounds on fresh slots; exactly ${CAPACITY} must succeed every round. Booking ` +
    `attempts/s vs the same ${CLIENTS} clients reading their bookings (GET /api/v1/me/pickup-bookings) in the same run.`,
  target: { on: 'ratio', op: '>=', limit: 0.2 },
  async run(ctx) {
    const pgServer = await ctx.postgres();
    const url = await pgServer.createDatabase('cuaso_booking_contention');
    const app = await startDossierApp(ctx, url, 'app (booking-contention)');
    try {
      const session = await signIn(app.baseUrl, DEMO_CITIZENS[0]!);
      const dossiers = await readyDossiers(url, CLIENTS * ROUNDS);
      const starts = await freeSlots(app.baseUrl, session, dossiers[0]!);
      if (starts.length < ROUNDS) throw new Error(`only ${starts.length} free slots`);

      const successes: number[] = [];
      const latencies: number[] = [];
      let attempts = 0;
      let bookingMs = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const startsAt = starts[round]!;
        const mine = dossiers.slice(round * CLIENTS, (round + 1) * CLIENTS);
        const t0 = performance.now();
        const results = await Promise.all(
          mine.map((dossierId) =>
            timed(async () => {
              const res = await fetch(`${app.baseUrl}/api/v1/pickup/bookings`, {
                method: 'POST',
                headers: { ...session.headers, 'content-type': 'application/json' },
                body: JSON.stringify({ dossierId, startsAt }),
              });
              await res.arrayBuffer();
              return res.status;
            }),
          ),
        );
        bookingMs += performance.now() - t0;
        attempts += results.length;
        latencies.push(...results.map((r) => r.ms));
        const ok = results.filter((r) => r.status === 201).length;
        const refused = results.filter((r) => r.status === 409).length;
        successes.push(ok);
        ctx.log(`round ${round + 1}: ${ok} booked, ${refused} refused as full`);
        if (ok !== CAPACITY || ok + refused !== CLIENTS)
          throw new Error(
            `round ${round + 1}: ${ok} succeeded (want ${CAPACITY}), statuses ${results.map((r) => r.status)}`,
          );
      }

      // Baseline: the same clients, the same rounds, an authenticated read of the same module.
      let readMs = 0;
      let reads = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const t0 = performance.now();
        await Promise.all(
          Array.from({ length: CLIENTS }, async () => {
            const res = await fetch(`${app.baseUrl}/api/v1/me/pickup-bookings`, { headers: session.headers });
            await res.arrayBuffer();
            if (res.status !== 200) throw new Error(`read: ${res.status}`);
          }),
        );
        readMs += performance.now() - t0;
        reads += CLIENTS;
      }
      return {
        figure: { label: 'booking attempts', value: attempts / (bookingMs / 1000), unit: '/s' },
        baseline: { label: 'my-bookings reads', value: reads / (readMs / 1000), unit: '/s' },
        extra: [
          { label: 'booking p50', value: percentile(latencies, 50), unit: 'ms' },
          { label: 'booking p99', value: percentile(latencies, 99), unit: 'ms' },
          { label: 'successes per round (min)', value: Math.min(...successes), unit: '' },
          { label: 'successes per round (max)', value: Math.max(...successes), unit: '' },
        ],
        notes: [
          `successes per round: ${successes.join(', ')} (capacity ${CAPACITY}, ${CLIENTS} clients, ${ROUNDS} rounds)`,
          'the other requests of each round were refused with 409 (slot full) and audited',
        ],
      };
    } finally {
      await app.stop();
    }
  },
};
