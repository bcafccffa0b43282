import type { Actor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { listStaffWithRoles } from '../../identity';
import type { DossierDeps } from '../deps';
import { canView, capacities } from '../lib/performer';
import { findDossier } from '../repo/dossiers.repo';

/** The specialists a receiver or leader may assign (or forward) this dossier to. */
export async function listAssignees(
  input: { actor: Actor; dossierId: string },
  deps: Pick<DossierDeps, 'db'>,
) {
  const d = await findDossier(deps.db, input.dossierId);
  if (!d) throw new AppError('NOT_FOUND');
  const staff = capacities(input.actor, d).filter((c) => c.performer !== 'applicant');
  if (!staff.length) throw new AppError(canView(input.actor, d) ? 'FORBIDDEN' : 'NOT_FOUND');
  const rows = await listStaffWithRoles(deps.db, d.agency_path, ['specialist']);
  const unique = new Map(rows.map((r) => [r.id, { id: r.id, fullName: r.fullName }]));
  return [...unique.values()].sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'));
}
