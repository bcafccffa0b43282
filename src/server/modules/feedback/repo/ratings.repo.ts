import type { Insertable } from 'kysely';
import type { Executor } from '../../../platform/db';
import type { FeedbackRatingTable } from '../tables';

export async function insertRating(db: Executor, values: Insertable<FeedbackRatingTable>) {
  return db.insertInto('feedback_ratings').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Every rating of a dossier, oldest first (corrections come after what they replace). */
export async function listRatingsOfDossier(db: Executor, dossierId: string) {
  return db
    .selectFrom('feedback_ratings')
    .selectAll()
    .where('dossier_id', '=', dossierId)
    .orderBy('created_at')
    .execute();
}

/**
 * Serialises ratings of one dossier: a transaction-scoped advisory lock on the dossier id, so two
 * concurrent first ratings or corrections see each other (the unique keys stay the last line).
 */
export async function lockDossierRatings(db: Executor, dossierId: string) {
  await db
    .selectNoFrom((eb) =>
      eb
        .fn('pg_advisory_xact_lock', [
          eb.fn('hashtextextended', [eb.val(`feedback:${dossierId}`), eb.lit(0)]),
        ])
        .as('l'),
    )
    .execute();
}
