import type { Executor } from '../../../platform/db';

export async function findSeedChecksum(db: Executor, name: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('catalog_reference_data')
    .select('checksum')
    .where('name', '=', name)
    .executeTakeFirst();
  return row?.checksum;
}

export async function saveSeedChecksum(db: Executor, name: string, checksum: string) {
  await db
    .insertInto('catalog_reference_data')
    .values({ name, checksum })
    .onConflict((oc) => oc.column('name').doUpdateSet({ checksum, loaded_at: new Date() }))
    .execute();
}
