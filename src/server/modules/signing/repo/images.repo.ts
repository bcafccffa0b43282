import type { Executor } from '../../../platform/db';
import type { SigningImageTable } from '../tables';

type Owner = { type: SigningImageTable['owner_type']; id: string; kind: SigningImageTable['kind'] };

export async function upsertImage(
  db: Executor,
  owner: Owner,
  image: { png: Uint8Array; sha256: string; width: number; height: number; uploadedBy: string | null },
) {
  const values = {
    png: image.png,
    sha256: image.sha256,
    width: image.width,
    height: image.height,
    uploaded_by: image.uploadedBy,
    uploaded_at: new Date(),
  };
  await db
    .insertInto('signing_images')
    .values({ owner_type: owner.type, owner_id: owner.id, kind: owner.kind, ...values })
    .onConflict((oc) => oc.columns(['owner_type', 'owner_id', 'kind']).doUpdateSet(values))
    .execute();
}

export async function findImage(db: Executor, owner: Owner) {
  return db
    .selectFrom('signing_images')
    .select(['png', 'sha256', 'width', 'height', 'uploaded_at'])
    .where('owner_type', '=', owner.type)
    .where('owner_id', '=', owner.id)
    .where('kind', '=', owner.kind)
    .executeTakeFirst();
}
