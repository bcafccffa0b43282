import { randomUUID } from 'node:crypto';
import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor, authorize } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { IdentityDeps, RequestContext } from '../deps';
import { agencyCache } from '../lib/agency-cache';
import { identityPolicy } from '../policy';
import { findAdminUnit } from '../repo/admin-units.repo';
import {
  findAgency,
  findAgencyByOrgId,
  insertAgency,
  listAgencies,
  updateAgency,
} from '../repo/agencies.repo';
import type { AgencyTable } from '../tables';
import { presentAgency } from './present';

/** Agencies are public information (names, addresses, contacts): anyone may list them. */
export async function listAllAgencies(
  input: { kind?: AgencyTable['kind'] | undefined },
  deps: Pick<IdentityDeps, 'db'>,
) {
  return (await listAgencies(deps.db, { kind: input.kind })).map(presentAgency);
}

export async function getAgency(input: { id: string }, deps: Pick<IdentityDeps, 'db'>) {
  const agency = await findAgency(deps.db, input.id);
  if (!agency) throw new AppError('NOT_FOUND');
  return presentAgency(agency);
}

export type NewAgency = {
  orgId: string;
  name: string;
  shortName?: string | undefined;
  kind: AgencyTable['kind'];
  parentId: string;
  adminUnitCode: string;
  address?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
};

/** Adds an agency under a parent the admin manages (permission on the parent's subtree). */
export async function createAgency(
  input: { actor: Actor; agency: NewAgency; context: RequestContext },
  deps: Pick<IdentityDeps, 'db'>,
) {
  const { agency } = input;
  const parent = await findAgency(deps.db, agency.parentId);
  if (!parent) throw new AppError('NOT_FOUND');
  authorize(identityPolicy, input.actor, 'agency.create', { agencyPath: parent.path });
  if (!(await findAdminUnit(deps.db, agency.adminUnitCode)))
    throw new AppError('VALIDATION_FAILED', {
      vi: 'Mã đơn vị hành chính không tồn tại.',
      en: 'Unknown administrative unit code.',
      fields: [{ path: 'body.adminUnitCode', vi: 'Không tồn tại.', en: 'Unknown code.' }],
    });
  if (await findAgencyByOrgId(deps.db, agency.orgId))
    throw new AppError('CONFLICT', {
      vi: 'Mã định danh cơ quan đã được dùng.',
      en: 'This organisation id is already used.',
    });
  const id = randomUUID();
  await deps.db.transaction().execute(async (trx) => {
    await insertAgency(trx, {
      id,
      path: `${parent.path}${id}/`,
      org_id: agency.orgId,
      name: agency.name,
      short_name: agency.shortName ?? null,
      kind: agency.kind,
      parent_id: parent.id,
      admin_unit_code: agency.adminUnitCode,
      address: agency.address ?? null,
      phone: agency.phone ?? null,
      email: agency.email ?? null,
    });
    await appendAudit(trx, {
      actor: auditActor(input.actor),
      action: 'agency.created',
      subject: { type: 'agency', id },
      agencyId: parent.id,
      data: { orgId: agency.orgId, name: agency.name },
      requestId: input.context.requestId,
      ip: input.context.ip,
    });
  });
  return getAgency({ id }, deps);
}

export async function editAgency(
  input: {
    actor: Actor;
    id: string;
    changes: {
      name?: string | undefined;
      shortName?: string | undefined;
      address?: string | undefined;
      phone?: string | undefined;
      email?: string | undefined;
    };
    context: RequestContext;
  },
  deps: Pick<IdentityDeps, 'db'>,
) {
  const agency = await findAgency(deps.db, input.id);
  if (!agency) throw new AppError('NOT_FOUND');
  authorize(identityPolicy, input.actor, 'agency.update', { agencyPath: agency.path });
  const c = input.changes;
  try {
    await deps.db.transaction().execute(async (trx) => {
      await updateAgency(trx, agency.id, {
        ...(c.name !== undefined ? { name: c.name } : {}),
        ...(c.shortName !== undefined ? { short_name: c.shortName } : {}),
        ...(c.address !== undefined ? { address: c.address } : {}),
        ...(c.phone !== undefined ? { phone: c.phone } : {}),
        ...(c.email !== undefined ? { email: c.email } : {}),
      });
      await appendAudit(trx, {
        actor: auditActor(input.actor),
        action: 'agency.updated',
        subject: { type: 'agency', id: agency.id },
        agencyId: agency.id,
        data: { fields: Object.keys(c) },
        requestId: input.context.requestId,
        ip: input.context.ip,
      });
    });
  } finally {
    agencyCache.forget(deps.db); // committed or not: this process's next read sees the database
  }
  return getAgency({ id: agency.id }, deps);
}
