import type { Transaction } from 'kysely';
import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor } from '../../../platform/auth';
import type { Database, Db, Executor } from '../../../platform/db';
import { publish } from '../../../platform/outbox';
import type { RequestContext } from '../deps';
import { forgetVersions } from './version-cache';
import { mapWriteError } from './write-errors';

/**
 * One transaction for one change; the database's guards (overlap, frozen versions) become 409s.
 * Afterwards (committed or not) this process forgets the versions it kept, so its next read sees
 * the change.
 */
export async function writeTransaction<T>(
  db: Db,
  fn: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction().execute(fn);
  } catch (e) {
    throw mapWriteError(e);
  } finally {
    forgetVersions(db);
  }
}

/** The audit record and the outbox event of a catalogue change, in the change's transaction. */
export async function recordChange(
  trx: Executor,
  change: {
    actor: Actor;
    context: RequestContext;
    /** Chain of the audit record: the catalogue owner, or the agency whose offering changed. */
    agencyId: string | null;
    action: string;
    topic: string;
    /** The procedure's code, or the id of the subject named by `subjectType`. */
    code: string;
    subjectType?: 'procedure' | 'catalog_field' | 'catalog';
    data?: Record<string, unknown>;
  },
) {
  await appendAudit(trx, {
    actor: auditActor(change.actor),
    action: change.action,
    subject: { type: change.subjectType ?? 'procedure', id: change.code },
    agencyId: change.agencyId,
    data: change.data ?? {},
    requestId: change.context.requestId,
    ip: change.context.ip,
  });
  await publish(trx, {
    topic: change.topic,
    payload: { code: change.code, ...(change.data ?? {}) },
    agencyId: change.agencyId,
  });
}

export const staffId = (actor: Actor) => (actor.kind === 'staff' ? actor.accountId : null);
