import { randomUUID } from 'node:crypto';
import { type AuditActor, appendAudit } from '../../../platform/audit';
import type { Executor } from '../../../platform/db';
import type { ParsedCert } from '../pki/certificate';
import { concat } from '../pki/der';
import { sealKey } from '../pki/keys';
import { insertCertificate, supersedeActive } from '../repo/certificates.repo';
import type { CertificateKind } from '../tables';
import { keyContext } from './holders';

/**
 * Records a certificate as the holder's active one (the previous one is superseded), its private key
 * sealed under the key-encryption key and bound to the new row, with an audit record. Runs in the
 * caller's transaction.
 */
export async function storeCertificate(
  trx: Executor,
  kek: Buffer,
  input: {
    kind: CertificateKind;
    accountId: string | null;
    agency: { id: string; path: string };
    source: 'builtin_ca' | 'pkcs12';
    cert: ParsedCert;
    chain: Uint8Array[];
    keySpec: string;
    pkcs8: Uint8Array;
    actor: AuditActor;
    requestId?: string | null;
    ip?: string | null;
  },
): Promise<string> {
  const id = randomUUID();
  const holder =
    input.kind === 'official'
      ? { kind: input.kind, accountId: input.accountId! }
      : { kind: input.kind, agencyId: input.agency.id };
  const superseded = await supersedeActive(trx, holder);
  await insertCertificate(trx, {
    id,
    kind: input.kind,
    account_id: input.accountId,
    agency_id: input.agency.id,
    agency_path: input.agency.path,
    source: input.source,
    subject: input.cert.subject,
    common_name: input.cert.commonName ?? input.cert.subject,
    issuer: input.cert.issuer,
    serial_hex: input.cert.serialHex,
    fingerprint: input.cert.sha256,
    key_spec: input.keySpec,
    not_before: input.cert.notBefore,
    not_after: input.cert.notAfter,
    certificate: input.cert.der,
    chain: concat(input.chain),
    private_key_sealed: sealKey(kek, input.pkcs8, keyContext(id)),
    created_by: input.actor.id ?? null,
  });
  await appendAudit(trx, {
    actor: input.actor,
    action: input.source === 'builtin_ca' ? 'signing.certificate_issued' : 'signing.certificate_imported',
    subject: { type: 'signing_certificate', id },
    agencyId: input.agency.id,
    data: {
      kind: input.kind,
      account: input.accountId,
      subject: input.cert.subject,
      serial: input.cert.serialHex,
      fingerprint: input.cert.sha256,
      superseded: superseded.map((s) => s.id),
    },
    requestId: input.requestId ?? null,
    ip: input.ip ?? null,
  });
  return id;
}
