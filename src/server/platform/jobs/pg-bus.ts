import pg from 'pg';
import type { Logger } from '../logger';
import type { BusTransport } from './bus';

const CHANNEL = 'cuaso_bus';
const RECONNECT_MS = 1000;

/**
 * LISTEN/NOTIFY on the platform's PostgreSQL: NOTIFY through the pool, LISTEN on a connection of its
 * own, opened again after a second when it drops (events in between are missed; a screen that
 * reconnects reads its board first).
 */
export function pgBusTransport(url: string, pool: pg.Pool, logger: Logger): BusTransport {
  return {
    async notify(json) {
      await pool.query('select pg_notify($1, $2)', [CHANNEL, json]);
    },
    async listen(onMessage) {
      let client: pg.Client | undefined;
      let stopped = false;
      let retry: NodeJS.Timeout | undefined;
      const again = () => {
        if (stopped) return;
        retry = setTimeout(() => {
          connect().catch((err) => {
            logger.warn({ err }, 'event bus: cannot listen yet; trying again');
            again();
          });
        }, RECONNECT_MS);
      };
      const connect = async () => {
        const c = new pg.Client({ connectionString: url });
        c.on('notification', (m) => {
          if (m.channel === CHANNEL && m.payload) onMessage(m.payload);
        });
        c.on('error', (err) => {
          c.end().catch(() => {});
          if (client !== c) return; // a failed connect: its caller reports it
          client = undefined;
          logger.warn({ err }, 'event bus connection lost; listening again shortly');
          again();
        });
        try {
          await c.connect();
          await c.query(`listen ${CHANNEL}`);
        } catch (err) {
          c.end().catch(() => {});
          throw err;
        }
        client = c;
        if (stopped) await c.end(); // stopped while connecting
      };
      await connect();
      return async () => {
        stopped = true;
        clearTimeout(retry);
        await client?.end();
      };
    },
  };
}
