import { createHash } from 'node:crypto';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

/**
 * Kysely sends every statement unnamed, so PostgreSQL parses and plans it on every execution. For
 * the statements this app sends again and again, planning cost as much as executing: the online
 * submission's one statement planned for 0.32 ms and ran for 0.26 (pg_stat_statements, bench
 * `dossier-submit`), and planning was a third of PostgreSQL's time per submission.
 *
 * So, as Npgsql's "auto prepare" does, a statement text seen `minUses` times becomes a named
 * (prepared) statement on each connection that sends it: parsed once per connection, and planned
 * once PostgreSQL's plan cache settles on a generic plan (`plan_cache_mode = auto`: custom plans for
 * the first five executions, then the generic one unless it is estimated dearer).
 *
 * Bounds: at most `maxNamed` texts ever get a name (pg keeps a connection's prepared statements
 * until the connection closes, so the set must not grow with texts built from varying lists);
 * texts seen fewer times are counted in a map of the same bound. Only statements with parameters
 * are named: a text without them goes by the simple protocol, which is also what allows several
 * statements in one text.
 */
const LIMITS = { minUses: 2, maxNamed: 400, maxCounted: 4000 };

export type StatementNamer = {
  (text: string): string | undefined;
  /** Never names `text` again (its prepared form no longer fits the table it reads). */
  forget(text: string): void;
};

export function createStatementNamer(limits = LIMITS): StatementNamer {
  const { minUses, maxNamed, maxCounted } = limits;
  const names = new Map<string, string>();
  const uses = new Map<string, number>();
  const forgotten = new Set<string>();
  const nameOf = (text: string): string | undefined => {
    const name = names.get(text);
    if (name || names.size >= maxNamed || forgotten.has(text)) return name;
    const n = (uses.get(text) ?? 0) + 1;
    if (n < minUses) {
      if (uses.size < maxCounted) uses.set(text, n);
      return undefined;
    }
    uses.delete(text);
    const named = `cuaso_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, named);
    return named;
  };
  return Object.assign(nameOf, {
    forget(text: string) {
      names.delete(text);
      forgotten.add(text);
    },
  });
}

/**
 * PostgreSQL refuses a prepared statement whose result columns changed since it was prepared (a
 * migration added a column to a table a `select *` reads, while this process kept running: a rolling
 * deploy). Such a text goes unnamed from then on; outside a transaction the statement is sent again
 * at once, inside one the error stands (the transaction is already aborted) and the caller's retry
 * goes unnamed.
 */
function isStalePlan(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e?.code === '0A000' && /cached plan must not change result type/.test(e.message ?? '');
}

/** 'I' idle, 'T' in a transaction, 'E' in a failed one (pg's last ReadyForQuery; not in its types). */
function transactionStatus(client: pg.PoolClient): string | null {
  return (client as pg.PoolClient & { getTransactionStatus(): string | null }).getTransactionStatus();
}

/** The pool Kysely's PostgresDialect uses, sending repeated statements as named ones. */
export function preparingPool(pool: pg.Pool, nameOf = createStatementNamer()): PostgresPool {
  // One wrapper per pg client, so Kysely (which keys its connections by client) sees the same one.
  const wrappers = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  return {
    async connect() {
      const client = await pool.connect();
      let wrapper = wrappers.get(client);
      if (!wrapper) {
        wrapper = {
          // A cursor (Kysely's streaming) passes through as it is.
          query: ((text: string, values?: unknown[]) => {
            const name = typeof text === 'string' && values?.length ? nameOf(text) : undefined;
            if (!name) return client.query(text, values);
            return client.query({ name, text, values }).catch((err: unknown) => {
              if (!isStalePlan(err)) throw err;
              nameOf.forget(text);
              if (transactionStatus(client) !== 'I') throw err;
              return client.query(text, values);
            });
          }) as unknown as PostgresPoolClient['query'],
          release: () => client.release(),
        };
        wrappers.set(client, wrapper);
      }
      return wrapper;
    },
    end: () => pool.end(),
  };
}
