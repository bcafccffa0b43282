import { createHash } from 'node:crypto';
import type { AuditActor } from '../../../platform/audit';
import { type Actor, auditActor, authorize } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { type AgencySummary, findAgencyById, findPersonById, type PersonSummary } from '../../identity';
import type { RequestContext, SigningDeps } from '../deps';
import { storeCertificate } from '../lib/store-certificate';
import type { KeySpec } from '../pki/keys';
import type { SubjectInput } from '../pki/names';
import { signingPolicy } from '../policy';
import { findCertificate } from '../repo/certificates.repo';
import { findImage, upsertImage } from '../repo/images.repo';
import { recordIssued } from '../repo/issued.repo';
import type { CertificateKind } from '../tables';
import { presentCertificate } from './present';

/** Where the agency sits, for the seal's lower arc (e.g. "Tỉnh Thanh Hóa"). */
async function sealPlace(db: SigningDeps['db'], agency: AgencySummary) {
  const parent = agency.parentId ? await findAgencyById(db, agency.parentId) : undefined;
  return (parent ?? agency).adminUnitName;
}

/** The agency and, for an official, the person a certificate is for, after the policy allows it. */
export async function resolveHolder(
  input: { actor: Actor; kind: CertificateKind; agencyId: string; accountId?: string | undefined },
  db: SigningDeps['db'],
) {
  const agency = await findAgencyById(db, input.agencyId);
  if (!agency) throw new AppError('NOT_FOUND');
  const self =
    input.actor.kind === 'staff' &&
    (input.accountId === undefined || input.accountId === input.actor.accountId);
  authorize(
    signingPolicy,
    input.actor,
    input.kind === 'official' && self ? 'certificate.manage_own' : 'certificate.manage',
    {
      agencyPath: agency.path,
    },
  );
  if (input.kind === 'seal') return { agency, person: undefined };
  const accountId = input.accountId ?? (input.actor.kind === 'staff' ? input.actor.accountId : '');
  const person = await findPersonById(db, accountId);
  if (person?.kind !== 'staff') throw new AppError('NOT_FOUND');
  return { agency, person };
}

/**
 * Issues a certificate from the built-in demo CA for an official (their name, CCCD, agency) or for an
 * agency seal (its name and organisation id), stores it as the holder's active certificate, and gives
 * a holder without an image a generated one (blue signature, red seal) so the demo signs visibly.
 */
export async function issueDemoCertificate(
  input: {
    actor: Actor;
    kind: CertificateKind;
    agencyId: string;
    accountId?: string | undefined;
    keySpec: KeySpec;
    context: RequestContext;
  },
  deps: Pick<SigningDeps, 'db' | 'config' | 'pki'>,
) {
  const { agency, person } = await resolveHolder(input, deps.db);
  const id = await issueForHolder(
    {
      kind: input.kind,
      agency,
      person,
      keySpec: input.keySpec,
      actor: auditActor(input.actor),
      context: input.context,
    },
    deps,
  );
  return presentCertificate((await findCertificate(deps.db, id))!);
}

/** Issues and stores the certificate once the holder is known and allowed (demo seeding calls it too). */
export async function issueForHolder(
  input: {
    kind: CertificateKind;
    agency: AgencySummary;
    person: PersonSummary | undefined;
    keySpec: KeySpec;
    actor: AuditActor;
    context?: Partial<RequestContext>;
  },
  deps: Pick<SigningDeps, 'db' | 'config' | 'pki'>,
): Promise<string> {
  const { agency, person } = input;
  const ca = await deps.pki.ca();
  const subject: SubjectInput =
    input.kind === 'official'
      ? {
          commonName: person!.fullName,
          organization: agency.name,
          locality: agency.adminUnitName,
          personalId: person!.personalId ?? undefined,
          email: person!.email ?? undefined,
        }
      : {
          commonName: agency.name,
          organization: agency.name,
          locality: agency.adminUnitName,
          organisationId: agency.orgId,
        };
  // The PKI code (@peculiar/x509) is loaded on first use, not at start-up (idle memory, bench/README.md).
  const [{ parseCertificate }, { issueCertificate }] = await Promise.all([
    import('../pki/certificate'),
    import('../pki/issue'),
  ]);
  const issued = await issueCertificate(ca.issuer('issuing'), {
    profile: input.kind,
    subject,
    keySpec: input.keySpec,
    publicUrl: deps.config.publicUrl,
  });
  const cert = parseCertificate(issued.certificate);
  const owner =
    input.kind === 'official'
      ? { type: 'account' as const, id: person!.id, kind: 'signature' as const }
      : { type: 'agency' as const, id: agency.id, kind: 'seal' as const };
  // Loaded on first use, not at start-up: fontkit and the fonts weigh on idle memory (bench/README.md).
  const { demoSealPng, demoSignaturePng } = await import('../pades/demo-images');
  const png = (await findImage(deps.db, owner))
    ? undefined
    : input.kind === 'official'
      ? demoSignaturePng(person!.fullName)
      : demoSealPng(agency.name, await sealPlace(deps.db, agency));
  const actor = input.actor;
  return deps.db.transaction().execute(async (trx) => {
    await recordIssued(trx, {
      serial_hex: cert.serialHex,
      ca_id: ca.id,
      issuer: 'issuing',
      profile: input.kind,
      subject: cert.subject,
      fingerprint: cert.sha256,
      not_after: cert.notAfter,
    });
    const certificateId = await storeCertificate(trx, deps.config.keyEncryptionKey, {
      kind: input.kind,
      accountId: person?.id ?? null,
      agency: { id: agency.id, path: agency.path },
      source: 'builtin_ca',
      cert,
      chain: [ca.issuing.cert.der],
      keySpec: input.keySpec,
      pkcs8: issued.key.pkcs8,
      actor,
      requestId: input.context?.requestId ?? null,
      ip: input.context?.ip ?? null,
    });
    if (png) {
      const sha256 = createHash('sha256').update(png).digest('hex');
      const size = {
        width: new DataView(png.buffer, png.byteOffset).getUint32(16),
        height: new DataView(png.buffer, png.byteOffset).getUint32(20),
      };
      await upsertImage(trx, owner, { png, sha256, ...size, uploadedBy: actor.id ?? null });
    }
    return certificateId;
  });
}
