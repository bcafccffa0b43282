import type { Insertable } from 'kysely';
import type { Executor } from '../../../platform/db';
import type { CertificationBookTable } from '../tables';

/** The next number of the agency's certification book for the year (row lock on the last entry). */
export async function nextBookSeq(db: Executor, agencyId: string, year: number): Promise<number> {
  const last = await db
    .selectFrom('certification_book')
    .select('seq')
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .orderBy('seq', 'desc')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
  return (last?.seq ?? 0) + 1;
}

export async function insertBookEntry(db: Executor, row: Insertable<CertificationBookTable>) {
  await db.insertInto('certification_book').values(row).execute();
}

export async function listBook(db: Executor, agencyId: string, year: number) {
  return db
    .selectFrom('certification_book')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .orderBy('seq')
    .execute();
}
