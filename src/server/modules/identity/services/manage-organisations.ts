import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import type { IdentityDeps, RequestContext } from '../deps';
import { findAdminUnit } from '../repo/admin-units.repo';
import {
  addRepresentative,
  findOrganisationByTaxCode,
  insertOrganisation,
  isRepresentative,
  listOrganisationsOf,
} from '../repo/organisations.repo';
import { updateSession } from '../repo/sessions.repo';

function citizen(actor: Actor) {
  if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  if (actor.kind !== 'citizen') throw new AppError('FORBIDDEN');
  return actor;
}

export async function myOrganisations(input: { actor: Actor }, deps: Pick<IdentityDeps, 'db'>) {
  const actor = citizen(input.actor);
  return (await listOrganisationsOf(deps.db, actor.accountId)).map((o) => ({
    id: o.id,
    kind: o.kind,
    name: o.name,
    taxCode: o.tax_code,
    role: o.role,
  }));
}

/**
 * Records a business or household business the citizen represents. A tax code already on file
 * belongs to its representatives: joining it needs the desk to verify an authorisation.
 */
export async function registerOrganisation(
  input: {
    actor: Actor;
    organisation: {
      kind: 'business' | 'household_business';
      name: string;
      taxCode: string;
      addressUnitCode?: string | undefined;
      addressLine?: string | undefined;
    };
    context: RequestContext;
  },
  deps: Pick<IdentityDeps, 'db'>,
) {
  const actor = citizen(input.actor);
  const o = input.organisation;
  if (await findOrganisationByTaxCode(deps.db, o.taxCode))
    throw new AppError('CONFLICT', {
      vi: 'Mã số thuế này đã được đăng ký bởi người đại diện khác. Vui lòng liên hệ bộ phận một cửa để được ủy quyền.',
      en: 'This tax code is already registered by another representative. Ask the one-stop desk for an authorisation.',
    });
  if (o.addressUnitCode && !(await findAdminUnit(deps.db, o.addressUnitCode)))
    throw new AppError('VALIDATION_FAILED', {
      vi: 'Mã đơn vị hành chính không tồn tại.',
      en: 'Unknown administrative unit code.',
      fields: [{ path: 'body.addressUnitCode', vi: 'Không tồn tại.', en: 'Unknown code.' }],
    });
  await deps.db.transaction().execute(async (trx) => {
    const { id } = await insertOrganisation(trx, {
      kind: o.kind,
      name: o.name,
      tax_code: o.taxCode,
      address_unit_code: o.addressUnitCode ?? null,
      address_line: o.addressLine ?? null,
    });
    await addRepresentative(trx, {
      organisationId: id,
      accountId: actor.accountId,
      role: 'legal_representative',
    });
    await appendAudit(trx, {
      actor: auditActor(actor),
      action: 'organisation.registered',
      subject: { type: 'organisation', id },
      data: { taxCode: o.taxCode, name: o.name },
      requestId: input.context.requestId,
      ip: input.context.ip,
    });
  });
  return myOrganisations({ actor }, deps);
}

/** Switches the session to act for an organisation the citizen represents, or back to themself. */
export async function actFor(
  input: { actor: Actor; organisationId: string | null; context: RequestContext },
  deps: Pick<IdentityDeps, 'db' | 'sessionCache'>,
) {
  const actor = citizen(input.actor);
  if (input.organisationId && !(await isRepresentative(deps.db, input.organisationId, actor.accountId)))
    throw new AppError('NOT_FOUND');
  await updateSession(deps.db, actor.sessionId, { acting_organisation_id: input.organisationId });
  deps.sessionCache.forget(actor.sessionId);
  return { actingOrganisationId: input.organisationId };
}
