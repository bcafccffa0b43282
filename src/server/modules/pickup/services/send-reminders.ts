import { appendAudit } from '../../../platform/audit';
import type { PickupDeps } from '../deps';
import { loadDesk } from '../lib/desk';
import { queueNotice } from '../lib/notify';
import { addDays, localDate, localInstant } from '../lib/schedule';
import { claimReminder, listUnremindedBookings } from '../repo/bookings.repo';
import { appendEvent } from '../repo/events.repo';

export const REMINDER_QUEUE = 'pickup.reminders';
/** Every day at 08:00 Asia/Ho_Chi_Minh (the job runner schedules in that zone). */
export const REMINDER_CRON = '0 8 * * *';

const hhmm = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(11, 16);
const dmy = (date: string) => date.split('-').reverse().join('/');

/**
 * The day-before reminder: every booking of tomorrow (local date) gets one in-app notice and one
 * e-mail. The reminder row (booking, day) is claimed in the same transaction as the outbox event,
 * so a second run — a retry, a second worker, a manual run — sends nothing twice. A booking moved
 * to another day is reminded again for its new day.
 */
export async function sendReminders(deps: PickupDeps, now = new Date()): Promise<number> {
  const tomorrow = addDays(localDate(now), 1);
  const due = await listUnremindedBookings(
    deps.db,
    localInstant(tomorrow, 0),
    localInstant(addDays(tomorrow, 1), 0),
    tomorrow,
  );
  let sent = 0;
  for (const b of due) {
    const desk = await loadDesk(deps.db, b.agency_id);
    if (!desk) continue;
    const start = new Date(b.starts_at);
    const claimed = await deps.db.transaction().execute(async (trx) => {
      if (!(await claimReminder(trx, b.id, tomorrow))) return false;
      const place = desk.agency.address ? `${desk.agency.name}, ${desk.agency.address}` : desk.agency.name;
      await queueNotice(trx, b.agency_id, {
        accountId: b.account_id,
        dossierId: b.dossier_id,
        title: `Nhắc lịch nhận kết quả hồ sơ ${b.dossier_code} ngày mai`,
        body:
          `Bạn có lịch nhận kết quả hồ sơ ${b.dossier_code} lúc ${hhmm(start)} ngày ${dmy(tomorrow)} ` +
          `tại ${place}. Mã đặt lịch: ${b.code}. Vui lòng mang theo giấy tiếp nhận và giấy tờ tùy thân.`,
        bodyEn:
          `Your pickup of the result of dossier ${b.dossier_code} is at ${hhmm(start)} on ${tomorrow} at ` +
          `${desk.agency.name}. Booking code: ${b.code}. Bring the receipt and an identity document.`,
        path: `/ho-so-cua-toi/${b.dossier_id}`,
      });
      await appendEvent(trx, {
        agencyId: b.agency_id,
        subjectType: 'booking',
        subjectId: b.id,
        kind: 'reminded',
        actor: { type: 'system' },
        data: { slotDate: tomorrow },
      });
      await appendAudit(trx, {
        actor: { type: 'system' },
        action: 'pickup.booking.reminded',
        subject: { type: 'pickup_booking', id: b.id },
        agencyId: b.agency_id,
        data: { code: b.code, slotDate: tomorrow },
      });
      return true;
    });
    if (claimed) sent++;
  }
  if (sent) deps.jobs.kick();
  return sent;
}
