import type { Actor, Policy } from '../../platform/auth';

/**
 * Who may do what in the catalogue; enforced in its services.
 *
 * - The content of procedures (attributes, versions, e-forms, fields, import) is one catalogue shared by
 *   every agency of the province, and dossiers pin its versions: only an agency admin of the province's
 *   root People's Committee (the catalogue owner, `lib/catalog-owner.ts`) or a system admin edits it.
 *   A commune admin is out of that scope (404): a change by one commune would change what every
 *   commune's citizens see.
 * - Which agencies offer a procedure is each agency's own business: its agency admin (or an admin above
 *   it, or a system admin) adds or withdraws it.
 * - Any agency admin may export the catalogue (to prepare a bulk update) and preview an e-form.
 * - Reading the catalogue is public; scheduling a version with a start date in the past needs a system
 *   admin (checked in the service).
 */
export const catalogPolicy = {
  'catalog.edit': { staff: ['agency_admin'] },
  'procedure.offer': { staff: ['agency_admin'] },
  'catalog.export': { staff: ['agency_admin'] },
  'eform.preview': { staff: ['agency_admin'] },
} satisfies Policy;

export const isSystemAdmin = (actor: Actor) =>
  actor.kind === 'staff' && actor.roles.some((r) => r.role === 'system_admin');
