import type { Executor } from '../../../platform/db';

export async function findDesk(db: Executor, agencyId: string) {
  return db.selectFrom('pickup_desks').selectAll().where('agency_id', '=', agencyId).executeTakeFirst();
}

/** The desks among a set of agencies (a committee and the one-stop desks under it). */
export async function listDesksOf(db: Executor, agencyIds: string[]) {
  if (!agencyIds.length) return [];
  return db.selectFrom('pickup_desks').selectAll().where('agency_id', 'in', agencyIds).execute();
}

export async function listHours(db: Executor, agencyId: string) {
  const rows = await db
    .selectFrom('pickup_hours')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .orderBy('weekday')
    .orderBy('opens')
    .execute();
  // `time` columns read back as HH:MM:SS.
  return rows.map((r) => ({ ...r, opens: r.opens.slice(0, 5), closes: r.closes.slice(0, 5) }));
}

export async function listServices(db: Executor, agencyId: string) {
  return db
    .selectFrom('pickup_services')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .orderBy('letter')
    .execute();
}

export async function listCounters(db: Executor, agencyId: string) {
  return db
    .selectFrom('pickup_counters')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .orderBy('number')
    .execute();
}

export async function findCounter(db: Executor, counterId: string) {
  return db.selectFrom('pickup_counters').selectAll().where('id', '=', counterId).executeTakeFirst();
}

export type DeskWrite = {
  agencyId: string;
  agencyPath: string;
  slotMinutes: number;
  slotCapacity: number;
  horizonDays: number;
  updatedBy: string | null;
  hours: { weekday: number; session: 'morning' | 'afternoon'; opens: string; closes: string }[];
  services: { letter: string; nameVi: string; nameEn: string }[];
  counters: { number: number; name: string; services: string[]; active: boolean }[];
};

/**
 * Replaces a desk's settings. Counters are kept by number (tickets point at them): a counter left out
 * is deactivated, not deleted. Slots already booked in the future take the new capacity, but never
 * below what is booked in them.
 */
export async function saveDesk(trx: Executor, d: DeskWrite, now: Date) {
  await trx
    .insertInto('pickup_desks')
    .values({
      agency_id: d.agencyId,
      agency_path: d.agencyPath,
      slot_minutes: d.slotMinutes,
      slot_capacity: d.slotCapacity,
      horizon_days: d.horizonDays,
      updated_at: now,
      updated_by: d.updatedBy,
    })
    .onConflict((oc) =>
      oc.column('agency_id').doUpdateSet({
        slot_minutes: d.slotMinutes,
        slot_capacity: d.slotCapacity,
        horizon_days: d.horizonDays,
        updated_at: now,
        updated_by: d.updatedBy,
      }),
    )
    .execute();
  await trx.deleteFrom('pickup_hours').where('agency_id', '=', d.agencyId).execute();
  if (d.hours.length)
    await trx
      .insertInto('pickup_hours')
      .values(d.hours.map((h) => ({ agency_id: d.agencyId, ...h })))
      .execute();
  await trx.deleteFrom('pickup_services').where('agency_id', '=', d.agencyId).execute();
  if (d.services.length)
    await trx
      .insertInto('pickup_services')
      .values(
        d.services.map((s) => ({
          agency_id: d.agencyId,
          letter: s.letter,
          name_vi: s.nameVi,
          name_en: s.nameEn,
        })),
      )
      .execute();
  await trx
    .updateTable('pickup_counters')
    .set({ active: false })
    .where('agency_id', '=', d.agencyId)
    .where('number', 'not in', d.counters.length ? d.counters.map((c) => c.number) : [0])
    .execute();
  for (const c of d.counters)
    await trx
      .insertInto('pickup_counters')
      .values({
        agency_id: d.agencyId,
        number: c.number,
        name: c.name,
        services: c.services,
        active: c.active,
      })
      .onConflict((oc) =>
        oc
          .columns(['agency_id', 'number'])
          .doUpdateSet({ name: c.name, services: c.services, active: c.active }),
      )
      .execute();
  await trx
    .updateTable('pickup_slots')
    .set((eb) => ({ capacity: eb.fn('greatest', [eb.ref('booked'), eb.val(d.slotCapacity)]) }))
    .where('agency_id', '=', d.agencyId)
    .where('starts_at', '>', now)
    .execute();
}
