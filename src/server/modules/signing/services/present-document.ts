import type { z } from 'zod';
import type { RegisteredDocument } from '../../../../contracts/signing';
import type { Executor } from '../../../platform/db';
import { findAgencyById, findPersonById } from '../../identity';
import { verificationPath } from '../lib/files';
import { type DocumentRow, listSignatures } from '../repo/documents.repo';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

/** The public record of a registered document: issuer, dates, status, who signed (names only). */
export async function presentRegistered(
  db: Executor,
  d: DocumentRow,
): Promise<z.infer<typeof RegisteredDocument>> {
  const agency = await findAgencyById(db, d.agency_id);
  const signatures = await listSignatures(db, d.id);
  const names = new Map<string, string | null>();
  for (const s of signatures)
    if (s.account_id && !names.has(s.account_id))
      names.set(s.account_id, (await findPersonById(db, s.account_id))?.fullName ?? null);
  return {
    id: d.id,
    kind: d.kind,
    title: d.title,
    documentNumber: d.document_number,
    agency: { id: d.agency_id, name: agency?.name ?? null, orgId: agency?.orgId ?? null },
    status: d.status,
    issuedAt: iso(d.issued_at),
    registeredAt: iso(d.created_at)!,
    revokedAt: iso(d.revoked_at),
    revocationReason: d.revocation_reason,
    supersededBy: d.superseded_by,
    sha256: d.current_sha256,
    verificationPath: verificationPath(d.id, d.original_sha256),
    signatures: signatures.map((s) => ({
      step: s.step,
      signedBy: s.account_id ? (names.get(s.account_id) ?? null) : (agency?.name ?? null),
      signingTime: iso(s.signing_time)!,
      level: s.level,
    })),
  };
}
