import type { Actor } from '../../../platform/auth';
import type { Platform } from '../../../platform/platform';
import type { PinnedVersion } from '../../catalog';
import { signingApi } from '../../signing';
import type { Acting } from '../lib/performer';
import type { PaperContext } from '../papers/common';
import { renderBirthExtract, renderGenericResult } from '../papers/result';

const BIRTH_REGISTRATION = '1.001193';

/**
 * The result of the dossier, rendered, registered for verification (QR record) and signed by the
 * leader then sealed for the agency — all outside any database transaction. Returns the signed file
 * as stored by the signing module.
 */
export async function signResult(
  input: {
    actor: Actor;
    capacity: Acting;
    dossier: {
      id: string;
      code: string;
      agency_id: string;
      applicant_account_id: string | null;
      form_data: unknown;
    };
    version: PinnedVersion;
    paper: PaperContext;
    requestId: string;
  },
  platform: Platform,
): Promise<{ sha256: string; size: number; signedRecordId: string; verificationPath: string }> {
  const signing = signingApi(platform);
  const number = `${input.dossier.code.slice(-11)}/KQ`;
  const form = input.dossier.form_data as Record<string, unknown>;
  const pdf =
    input.version.procedureCode === BIRTH_REGISTRATION
      ? await renderBirthExtract(input.paper, form, new Date(), number)
      : await renderGenericResult(input.paper, form, number);
  const registered = await signing.registerDocument({
    pdf,
    agencyId: input.dossier.agency_id,
    kind: 'result',
    title: `${input.version.procedureName} — ${input.dossier.code}`,
    documentNumber: number,
    reference: input.dossier.code,
    holderAccountId: input.dossier.applicant_account_id ?? undefined,
    steps: ['official', 'seal'],
    signerAccountId: input.capacity.accountId ?? undefined,
    requestId: input.requestId,
  });
  await signing.signRegisteredDocument({
    actor: input.actor,
    documentId: registered.id,
    requestId: input.requestId,
  });
  const sealed = await signing.signRegisteredDocument({
    actor: input.actor,
    documentId: registered.id,
    requestId: input.requestId,
  });
  const bytes = await platform.blobs.get(sealed.sha256);
  let size = 0;
  for await (const chunk of bytes) size += (chunk as Buffer).length;
  // The QR target, kept with the paper in the citizen's store (path only: the public URL may change).
  const link = new URL(registered.verificationUrl);
  return {
    sha256: sealed.sha256,
    size,
    signedRecordId: registered.id,
    verificationPath: `${link.pathname}${link.search}`,
  };
}
