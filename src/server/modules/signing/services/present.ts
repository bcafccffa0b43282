import type { z } from 'zod';
import type { SigningCertificate } from '../../../../contracts/signing';
import type { CertificateRow } from '../repo/certificates.repo';

const iso = (d: Date | string) => new Date(d).toISOString();

export const presentCertificate = (c: NonNullable<CertificateRow>): z.infer<typeof SigningCertificate> => ({
  id: c.id,
  kind: c.kind,
  accountId: c.account_id,
  agencyId: c.agency_id,
  source: c.source,
  subject: c.subject,
  commonName: c.common_name,
  issuer: c.issuer,
  serialNumber: c.serial_hex,
  fingerprint: c.fingerprint,
  keySpec: c.key_spec,
  notBefore: iso(c.not_before),
  notAfter: iso(c.not_after),
  status: c.status,
  revokedAt: c.revoked_at ? iso(c.revoked_at) : null,
  createdAt: iso(c.created_at),
});
