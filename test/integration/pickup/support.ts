import { randomUUID } from 'node:crypto';
import { createTestApp, type TestContext } from '../../support/app';
import { as, DEFAULT_DEMO, type Session, seedDemo, signIn } from '../../support/identity';

export const HAM_RONG = '000.31.21.H56';
export const HAM_RONG_DESK = '001.31.21.H56';

export async function seedPickup(t: TestContext) {
  await seedDemo(t.platform, { modules: [...DEFAULT_DEMO, 'pickup'] });
}

/**
 * A test app with the pickup demo, and the demo citizens 0900000001 (A) and 0900000002 (B) signed in,
 * each from an address of its own under `network` (e.g. '10.1.0').
 */
export async function startWithCitizens(network: string) {
  const t = await createTestApp();
  await seedPickup(t);
  const citizenA = await signIn(t.app, '0900000001', undefined, `${network}.1`);
  const citizenB = await signIn(t.app, '0900000002', undefined, `${network}.2`);
  return { t, citizenA, citizenB };
}

export async function agencyByOrgId(t: TestContext, orgId: string) {
  return t.platform.db
    .selectFrom('agencies')
    .select(['id', 'path'])
    .where('org_id', '=', orgId)
    .executeTakeFirstOrThrow();
}

let n = 0;
/**
 * A dossier of a citizen at phường Hàm Rồng in a given state, written directly: the pickup rules
 * depend only on its owner, state and appointment, and building 50 of them through the whole
 * workflow would test the dossiers module, not this one.
 */
export async function buildDossier(
  t: TestContext,
  o: { accountId: string; state?: string; dueAt?: Date | null },
): Promise<{ id: string; code: string }> {
  const agency = await agencyByOrgId(t, HAM_RONG);
  const id = randomUUID();
  const code = `${HAM_RONG}-261127-${String(9000 + ++n).padStart(4, '0')}`;
  await t.platform.db
    .insertInto('dossiers')
    .values({
      id,
      code,
      agency_id: agency.id,
      agency_path: agency.path,
      agency_org_id: HAM_RONG,
      procedure_code: '1.001193',
      procedure_version_id: randomUUID(),
      channel: 'online',
      applicant_account_id: o.accountId,
      applicant: JSON.stringify({
        fullName: 'Nguyễn Văn An',
        personalId: null,
        phone: null,
        email: null,
        address: null,
      }),
      form_data: '{}',
      state: o.state ?? 'result_ready',
      national_status: 9,
      submitted_at: new Date(),
      due_at: o.dueAt === undefined ? new Date() : o.dueAt,
      updated_at: new Date(),
    })
    .execute();
  return { id, code };
}

/** The first free slot of a dossier's picker (optionally skipping some days). */
export async function firstSlot(t: TestContext, s: Session, dossierId: string, dayIndex = 0, slotIndex = 0) {
  const res = await t.app.inject({ url: `/api/v1/dossiers/${dossierId}/pickup/slots`, headers: as(s) });
  if (res.statusCode !== 200) throw new Error(`slots: ${res.statusCode} ${res.body}`);
  const days = res.json().days as {
    date: string;
    slots: { startsAt: string; free: number; capacity: number }[];
  }[];
  const day = days[dayIndex]!;
  return { date: day.date, slot: day.slots[slotIndex]!, days };
}

export function book(t: TestContext, s: Session, dossierId: string, startsAt: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/pickup/bookings',
    headers: as(s),
    payload: { dossierId, startsAt },
  });
}

export async function auditActions(t: TestContext, action: string) {
  return t.platform.db
    .selectFrom('audit_log')
    .select(['action', 'data', 'subject_id', 'actor_id'])
    .where('action', '=', action)
    .orderBy('seq')
    .execute();
}

/** The waiting-room display's event stream of a desk, read event by event. */
export async function openDisplayStream(port: number, deskId: string, abort = new AbortController()) {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/pickup/desks/${deskId}/display/events`, {
    signal: abort.signal,
  });
  const reader = res.body!.getReader();
  let buffer = '';
  const nextEvent = async (kind: string) => {
    for (;;) {
      const at = buffer.indexOf('\n\n');
      if (at >= 0) {
        const block = buffer.slice(0, at);
        buffer = buffer.slice(at + 2);
        if (block.startsWith(`event: ${kind}`)) return block;
        continue;
      }
      const { value, done } = await reader.read();
      if (done) throw new Error('stream ended');
      buffer += new TextDecoder().decode(value);
    }
  };
  return { res, abort, nextEvent };
}
