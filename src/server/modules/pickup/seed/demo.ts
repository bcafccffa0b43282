import { appendAudit } from '../../../platform/audit';
import type { Platform } from '../../../platform/platform';
import { listAgencySummaries } from '../../identity';
import { findDesk, saveDesk } from '../repo/desks.repo';

/** Vietnamese office hours (Thanh Hóa: 07:30–11:30, 13:30–17:00), Monday to Friday. */
const OFFICE_HOURS = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { weekday, session: 'morning' as const, opens: '07:30', closes: '11:30' },
  { weekday, session: 'afternoon' as const, opens: '13:30', closes: '17:00' },
]);

const SERVICES = [
  { letter: 'A', nameVi: 'Trả kết quả', nameEn: 'Result pickup' },
  { letter: 'B', nameVi: 'Hộ tịch', nameEn: 'Civil status' },
  { letter: 'C', nameVi: 'Chứng thực', nameEn: 'Certification' },
];

const COUNTERS = [
  { number: 1, name: 'Quầy 1 – Hộ tịch', services: ['B'], active: true },
  { number: 2, name: 'Quầy 2 – Chứng thực', services: ['C'], active: true },
  { number: 3, name: 'Quầy 3 – Trả kết quả', services: ['A', 'B', 'C'], active: true },
];

/** Every demo one-stop desk (TTPVHCC phường Hàm Rồng, Hạc Thành, Quảng Phú) takes bookings and numbers. */
export async function seedPickupDemo(platform: Platform): Promise<void> {
  const desks = await listAgencySummaries(platform.db, { kind: 'one_stop_desk' });
  for (const agency of desks) {
    if (await findDesk(platform.db, agency.id)) continue;
    await platform.db.transaction().execute(async (trx) => {
      await saveDesk(
        trx,
        {
          agencyId: agency.id,
          agencyPath: agency.path,
          slotMinutes: 30,
          slotCapacity: 5,
          horizonDays: 20,
          updatedBy: null,
          hours: OFFICE_HOURS,
          services: SERVICES,
          counters: COUNTERS,
        },
        new Date(),
      );
      await appendAudit(trx, {
        actor: { type: 'system' },
        action: 'pickup.desk.configured',
        subject: { type: 'agency', id: agency.id },
        agencyId: agency.id,
        data: { demo: true },
      });
    });
  }
}
