import type { Executor } from '../../../platform/db';
import type { DossierSummary } from '../../dossiers';
import { type AgencySummary, findAgencyById, listAgencySummaries } from '../../identity';
import { findDesk, listDesksOf, listHours } from '../repo/desks.repo';
import type { DeskSchedule } from './schedule';
import { localDate } from './schedule';

export type LoadedDesk = {
  agency: AgencySummary;
  slotMinutes: number;
  slotCapacity: number;
  horizonDays: number;
  schedule: DeskSchedule;
};

async function load(db: Executor, agency: AgencySummary): Promise<LoadedDesk | undefined> {
  const desk = await findDesk(db, agency.id);
  if (!desk) return undefined;
  const hours = await listHours(db, agency.id);
  return {
    agency,
    slotMinutes: desk.slot_minutes,
    slotCapacity: desk.slot_capacity,
    horizonDays: desk.horizon_days,
    schedule: { slotMinutes: desk.slot_minutes, hours },
  };
}

export async function loadDesk(db: Executor, agencyId: string): Promise<LoadedDesk | undefined> {
  const agency = await findAgencyById(db, agencyId);
  return agency ? load(db, agency) : undefined;
}

/**
 * Where a dossier's result is picked up: the receiving agency itself when it runs a desk, otherwise
 * the one-stop desk (Trung tâm Phục vụ hành chính công) under it — a commune's dossiers are received
 * in the committee's name and handed back at its centre.
 */
export async function deskForDossier(db: Executor, dossier: Pick<DossierSummary, 'agencyId'>) {
  const own = await loadDesk(db, dossier.agencyId);
  if (own) return own;
  const children = (await listAgencySummaries(db, { kind: 'one_stop_desk' })).filter(
    (a) => a.parentId === dossier.agencyId,
  );
  const configured = await listDesksOf(
    db,
    children.map((c) => c.id),
  );
  const first = children.find((c) => configured.some((d) => d.agency_id === c.id));
  return first ? load(db, first) : undefined;
}

const TERMINAL = new Set(['refused', 'withdrawn', 'stopped', 'returned']);

/**
 * Whether a dossier's result may be booked for pickup, and from which local date. A result that is
 * ready may be fetched from today; a dossier still in processing has an appointment (ngày hẹn trả)
 * and may be booked on or after that date. A dossier handed over, refused, withdrawn or stopped
 * has nothing left to pick up.
 */
export function pickupWindow(
  d: Pick<DossierSummary, 'state' | 'dueAt'>,
  now: Date,
): { eligible: true; earliest: string } | { eligible: false; reason: 'no_appointment' | 'ended' } {
  const today = localDate(now);
  if (d.state === 'result_ready') return { eligible: true, earliest: today };
  if (TERMINAL.has(d.state)) return { eligible: false, reason: 'ended' };
  if (!d.dueAt) return { eligible: false, reason: 'no_appointment' };
  const due = localDate(new Date(d.dueAt));
  // ISO dates compare as strings; Math.max would not.
  return { eligible: true, earliest: [due, today].sort()[1]! };
}
