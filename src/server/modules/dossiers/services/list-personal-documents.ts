import type { PersonalDocument } from '../../../../contracts/dossiers';
import type { Actor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { findAgencyById } from '../../identity';
import type { DossierDeps } from '../deps';
import { listPersonalStore } from '../repo/personal-store.repo';

/**
 * The citizen's personal data store (kho quản lý dữ liệu điện tử của cá nhân, NĐ 45/2020): every
 * digitised paper, electronic result and certified e-copy kept for them, with where it came from,
 * who issued it, its verification page when signed, and how often it was reused.
 */
export async function listPersonalDocuments(
  input: { actor: Actor },
  deps: Pick<DossierDeps, 'db'>,
): Promise<{ items: PersonalDocument[] }> {
  // The store belongs to a person: officials have none (and see nobody's through this route).
  if (input.actor.kind !== 'citizen') throw new AppError('FORBIDDEN');
  const rows = await listPersonalStore(deps.db, input.actor.accountId);
  // A citizen's papers come from a handful of agencies: one look-up each through identity's API.
  const agencyIds = [...new Set(rows.map((r) => r.issued_by_agency_id).filter((a): a is string => !!a))];
  const agencies = new Map<string, string>();
  for (const agencyId of agencyIds) {
    const agency = await findAgencyById(deps.db, agencyId);
    if (agency) agencies.set(agencyId, agency.name);
  }
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      mediaType: r.media_type,
      size: Number(r.size),
      sourceDossierId: r.source_dossier_id,
      sourceDossier:
        r.source_dossier_id && r.source_dossier_code
          ? { id: r.source_dossier_id, code: r.source_dossier_code, linked: Boolean(r.owns_source) }
          : null,
      issuedBy:
        r.issued_by_agency_id && agencies.has(r.issued_by_agency_id)
          ? { id: r.issued_by_agency_id, name: agencies.get(r.issued_by_agency_id)! }
          : null,
      reuseCount: Number(r.reuse_count ?? 0),
      verificationPath: r.verification_path,
      createdAt: new Date(r.created_at).toISOString(),
    })),
  };
}
