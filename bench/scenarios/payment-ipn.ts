import pg from 'pg';
import {
  formatVnpDate,
  signData,
  signedQuery,
  verifySignedParams,
} from '../../src/server/modules/payments/lib/vnpay-protocol';
import { DEMO_VNPAY_HASH_SECRET } from '../../src/server/platform/config';
import type { RunningServer } from '../lib/app';
import { startDossierApp } from '../lib/dossier-app';
import { type LoadResult, runLoad } from '../lib/load';
import type { Scenario } from '../lib/scenario';

const ORDERS = 40_000;
const CONNECTIONS = 16;
const SECONDS = 10;
const REPLAY_SECONDS = 5;
const VERIFY_MS = 2000;
/** The sandbox terminal of demo mode (config: VNPAY_* unset, DEMO=true). */
const TMN_CODE = 'CUASO001';

/** A gateway IPN for one order, signed as the gateway signs it. */
function ipnQuery(txnRef: string, amount: number, n: number, at: Date): string {
  return signedQuery(
    {
      vnp_Amount: String(amount * 100),
      vnp_BankCode: 'NCB',
      vnp_BankTranNo: `NCB${formatVnpDate(at)}${n}`,
      vnp_CardType: 'ATM',
      vnp_OrderInfo: `Thanh toan phi le phi ho so bench ${n}`,
      vnp_PayDate: formatVnpDate(at),
      vnp_ResponseCode: '00',
      vnp_TmnCode: TMN_CODE,
      vnp_TransactionNo: String(10_000_000 + n),
      vnp_TransactionStatus: '00',
      vnp_TxnRef: txnRef,
    },
    DEMO_VNPAY_HASH_SECRET,
  );
}

/** Bare signature checks per second on this one core: parse, sort, encode, HMAC-SHA512, compare. */
function verifyRate(queries: string[], ms: number): number {
  let n = 0;
  const until = performance.now() + ms;
  const started = performance.now();
  while (performance.now() < until) {
    const params = Object.fromEntries(new URLSearchParams(queries[n % queries.length]!));
    if (!verifySignedParams(params, DEMO_VNPAY_HASH_SECRET)) throw new Error('bench IPN does not verify');
    n++;
  }
  return n / ((performance.now() - started) / 1000);
}

export const paymentIpn: Scenario = {
  name: 'payment-ipn',
  summary:
    `Gateway IPN callbacks GET /api/v1/payments/vnpay/ipn per second (dist/server/main.js on PostgreSQL, ` +
    `each a fresh signed IPN that settles one of ${ORDERS} pending orders: signature, order, amount, row lock, ` +
    `receipt number, event, audit record, outbox; JOBS=off: receipts rendered by a separate worker) beside bare HMAC-SHA512 signature checks per second on one ` +
    `core in this process; autocannon, ${CONNECTIONS} connections, ${SECONDS} s; then replayed IPNs for ${REPLAY_SECONDS} s.`,
  target: { on: 'figure', op: '>=', limit: 100, unit: 'IPN/s' },
  async run(ctx) {
    const pgServer = await ctx.postgres();
    const url = await pgServer.createDatabase('cuaso_payment_ipn');
    let app: RunningServer | undefined;
    const client = new pg.Client({ connectionString: url });
    try {
      app = await startDossierApp(ctx, url, 'app (payment-ipn)', {
        PAYMENT_IPN_RATE_LIMIT_PER_MINUTE: '100000000',
        // Receipts (a PDF per payment) are rendered by the job runner; a province runs it in its own
        // process (`npx cuaso worker`), so the web process measured here answers IPNs only.
        JOBS: 'off',
      });
      await client.connect();
      // Pending orders of one demo dossier, as if citizens had started payments (bench data only).
      const dossier = (
        await client.query<{ id: string; agency_id: string }>(
          'select id, agency_id from dossiers order by submitted_at limit 1',
        )
      ).rows[0];
      if (!dossier) throw new Error('no demo dossier to attach orders to');
      ctx.log(`creating ${ORDERS} pending payment orders`);
      await client.query(
        `insert into payment_orders (txn_ref, dossier_id, agency_id, gateway, amount, lines, created_at, expires_at)
         select 'BENCH' || lpad(n::text, 10, '0'), $1, $2, 'vnpay', 16000, '[]'::jsonb, now(), now() + interval '1 day'
         from generate_series(1, $3::int) as n`,
        [dossier.id, dossier.agency_id, ORDERS],
      );
      const at = new Date();
      const queries = Array.from({ length: ORDERS }, (_, i) =>
        ipnQuery(`BENCH${String(i + 1).padStart(10, '0')}`, 16000, i, at),
      );
      const probe = await fetch(`${app.baseUrl}/api/v1/payments/vnpay/ipn?${queries[0]}`);
      const answer = (await probe.json()) as { RspCode: string };
      if (answer.RspCode !== '00') throw new Error(`the first IPN answered ${JSON.stringify(answer)}`);

      ctx.log('bare HMAC-SHA512 verification');
      const verifies = verifyRate(queries.slice(0, 1000), VERIFY_MS);
      const signedBytes = signData(Object.fromEntries(new URLSearchParams(queries[0]!))).length;

      let cursor = 1;
      const fresh = (): string => `/api/v1/payments/vnpay/ipn?${queries[cursor++ % ORDERS]}`;
      ctx.log(`fresh IPNs: ${SECONDS} s`);
      const load: LoadResult = await runLoad({
        url: app.baseUrl,
        connections: CONNECTIONS,
        seconds: SECONDS,
        nextPath: fresh,
      });
      const settled = Number(
        (await client.query<{ n: string }>("select count(*) as n from payment_orders where status = 'paid'"))
          .rows[0]!.n,
      );
      let replay = 0;
      ctx.log(`replayed IPNs: ${REPLAY_SECONDS} s`);
      const replays = await runLoad({
        url: app.baseUrl,
        connections: CONNECTIONS,
        seconds: REPLAY_SECONDS,
        nextPath: () => `/api/v1/payments/vnpay/ipn?${queries[replay++ % Math.min(settled, 1000)]}`,
      });
      const ran = cursor - 1;
      // An IPN answered with anything but 00 leaves its order pending: show why (the app logs it).
      const unsettled = ran + 1 - settled;
      const why =
        unsettled > 0
          ? app.child
              .output()
              .split('\n')
              .filter((l) => l.includes('payment IPN failed'))
          : [];
      return {
        figure: { label: 'IPN (settling)', value: load.rps, unit: 'IPN/s' },
        baseline: { label: 'HMAC-SHA512 verify', value: verifies, unit: 'verifies/s' },
        extra: [
          { label: 'IPN p50', value: load.p50, unit: 'ms' },
          { label: 'IPN p99', value: load.p99, unit: 'ms' },
          { label: 'orders settled', value: settled, unit: 'orders' },
          { label: 'replayed IPN (02 + audit)', value: replays.rps, unit: 'IPN/s' },
          { label: 'replay p99', value: replays.p99, unit: 'ms' },
        ],
        notes: [
          `${ran} fresh IPNs started, ${settled} orders settled (the first by the probe; IPNs in flight when the load stops are cut)` +
            (ran + 1 > ORDERS ? '; the orders ran out, later IPNs were replays' : ''),
          `a signed string is ${signedBytes} bytes; one verification costs ${(1e6 / verifies).toFixed(1)} µs, ` +
            `${((load.rps / verifies) * 100).toFixed(2)} % of a core at the measured IPN rate`,
          'every IPN of the run settles an order of the same agency: the audit chain head and the receipt ' +
            'counter of that agency are locked by each, so this is the one-agency worst case',
          ...(why.length
            ? [`${unsettled} IPNs not settled; last app log: ${why.at(-1)!.slice(0, 400)}`]
            : []),
          ...(load.non2xx + load.errors + load.timeouts
            ? [`IPN: ${load.non2xx} non-2xx, ${load.errors} errors, ${load.timeouts} timeouts`]
            : []),
        ],
      };
    } finally {
      await client.end().catch(() => {});
      await app?.stop();
    }
  },
};
