import type { z } from 'zod';
import type { DeskSettings, DeskSettingsInput } from '../../../../contracts/pickup';
import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor } from '../../../platform/auth';
import { listAgencySummaries } from '../../identity';
import type { PickupDeps } from '../deps';
import { staffAgency } from '../lib/staff-desk';
import { findDesk, listCounters, listDesksOf, listHours, listServices, saveDesk } from '../repo/desks.repo';
import { appendEvent } from '../repo/events.repo';

/** Vietnamese office hours (07:30–11:30, 13:30–17:00, Monday–Friday): what a new desk starts from. */
const DEFAULT_HOURS = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { weekday, session: 'morning' as const, opens: '07:30', closes: '11:30' },
  { weekday, session: 'afternoon' as const, opens: '13:30', closes: '17:00' },
]);

export async function getDeskSettings(
  input: { actor: Actor; agencyId: string },
  deps: PickupDeps,
): Promise<z.infer<typeof DeskSettings>> {
  const agency = await staffAgency(deps, input.actor, input.agencyId, 'desk.view');
  const desk = await findDesk(deps.db, agency.id);
  const [hours, services, counters] = desk
    ? await Promise.all([
        listHours(deps.db, agency.id),
        listServices(deps.db, agency.id),
        listCounters(deps.db, agency.id),
      ])
    : [DEFAULT_HOURS, [], []];
  return {
    agencyId: agency.id,
    agencyName: agency.name,
    configured: Boolean(desk),
    slotMinutes: desk?.slot_minutes ?? 30,
    slotCapacity: desk?.slot_capacity ?? 5,
    horizonDays: desk?.horizon_days ?? 20,
    hours,
    services: services.map((s) => ({ letter: s.letter, nameVi: s.name_vi, nameEn: s.name_en })),
    counters: counters.map((c) => ({
      id: c.id,
      number: c.number,
      name: c.name,
      services: c.services,
      active: c.active,
    })),
    updatedAt: desk ? new Date(desk.updated_at).toISOString() : null,
  };
}

/** Saves a desk's counters, services, opening hours and slots (agency admin), with history and audit. */
export async function saveDeskSettings(
  input: { actor: Actor; agencyId: string; settings: DeskSettingsInput; requestId: string },
  deps: PickupDeps,
) {
  const agency = await staffAgency(deps, input.actor, input.agencyId, 'desk.configure');
  const actorId = input.actor.kind === 'staff' ? input.actor.accountId : null;
  const s = input.settings;
  await deps.db.transaction().execute(async (trx) => {
    await saveDesk(
      trx,
      {
        agencyId: agency.id,
        agencyPath: agency.path,
        slotMinutes: s.slotMinutes,
        slotCapacity: s.slotCapacity,
        horizonDays: s.horizonDays,
        updatedBy: actorId,
        hours: s.hours,
        services: s.services,
        counters: s.counters.map((c) => ({ ...c, active: c.active ?? true })),
      },
      new Date(),
    );
    await appendEvent(trx, {
      agencyId: agency.id,
      subjectType: 'desk',
      subjectId: agency.id,
      kind: 'configured',
      actor: { type: 'staff', id: actorId },
      data: { ...s },
    });
    await appendAudit(trx, {
      actor: auditActor(input.actor),
      action: 'pickup.desk.configured',
      subject: { type: 'agency', id: agency.id },
      agencyId: agency.id,
      data: { slotMinutes: s.slotMinutes, slotCapacity: s.slotCapacity, counters: s.counters.length },
      requestId: input.requestId,
    });
  });
  return getDeskSettings({ actor: input.actor, agencyId: agency.id }, deps);
}

/** Desks that take bookings and queue numbers (public: the kiosk and display pages pick one). */
export async function listDesks(deps: PickupDeps) {
  const agencies = await listAgencySummaries(deps.db);
  const desks = await listDesksOf(
    deps.db,
    agencies.map((a) => a.id),
  );
  return agencies
    .filter((a) => desks.some((d) => d.agency_id === a.id))
    .map((a) => ({ agencyId: a.id, name: a.name, address: a.address, parentId: a.parentId }));
}
