import { type Insertable, sql } from 'kysely';
import type { Executor } from '../../../platform/db';
import type { DossierTable } from '../tables';

/**
 * The code of a dossier around its sequence number: `parts` alternate literal text and the zero-padded
 * width of a sequence placeholder (`['000.31.21.H56-261127-', 4, '']` for the default format).
 */
export type CodeTemplate = { orgId: string; day: string; parts: (string | number)[] };

/**
 * Takes the day's next sequence number of the agency and inserts the dossier with its code, in one
 * statement. The counter row stays locked until the caller's transaction ends: concurrent submissions
 * to one agency wait for each other there, and a rolled-back submission gives its number back, so
 * there are no gaps (TT 01/2018 Điều 19). Because of that wait, callers run this as late as they can
 * in the transaction, and one round trip here instead of two keeps the lock one round trip shorter.
 * A number wider than its placeholder is written unpadded and reported through `seq`, so the caller
 * can refuse it (and roll back) exactly as it refuses any other overflow.
 */
export async function insertDossierWithNextCode(
  db: Executor,
  values: Omit<Insertable<DossierTable>, 'code'>,
  template: CodeTemplate,
): Promise<{ id: string; code: string; seq: number }> {
  const text = sql.ref('last_seq');
  const code = sql.join(
    template.parts.map((part) =>
      typeof part === 'string'
        ? sql`${part}::text`
        : sql`lpad(${text}::text, greatest(${part}::int, length(${text}::text)), '0')`,
    ),
    sql` || `,
  );
  const row = await db
    .with('next_seq', (qb) =>
      qb
        .insertInto('dossier_counters')
        .values({ org_id: template.orgId, day: template.day, last_seq: 1 })
        .onConflict((oc) =>
          oc
            .columns(['org_id', 'day'])
            .doUpdateSet((eb) => ({ last_seq: eb('dossier_counters.last_seq', '+', 1) })),
        )
        .returning('last_seq'),
    )
    .insertInto('dossiers')
    .values({ ...values, code: (eb) => eb.selectFrom('next_seq').select(sql<string>`${code}`.as('code')) })
    .returning(['id', 'code', sql<number>`(select last_seq from next_seq)`.as('seq')])
    .executeTakeFirstOrThrow();
  return { id: row.id, code: row.code, seq: Number(row.seq) };
}
