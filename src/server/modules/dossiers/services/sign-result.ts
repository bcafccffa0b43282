import type { Eform } from '../../../../contracts/catalog';
import { CERTIFIED_COPY_RESULTS } from '../../../../contracts/dossier-workflow';
import { adminUnitCodes } from '../../../../contracts/eform-read';
import type { Actor } from '../../../platform/auth';
import type { Platform } from '../../../platform/platform';
import type { PinnedVersion } from '../../catalog';
import { findAdminUnitSummary } from '../../identity';
import { signingApi } from '../../signing';
import type { Acting } from '../lib/performer';
import type { PaperContext } from '../papers/common';
import { GENERIC_RESULT_TITLE, renderResult } from '../papers/result';
import { certifyOriginals } from './certify-originals';

/** What signing a dossier's result reads of the dossier. */
export type ResultDossier = {
  id: string;
  code: string;
  agency_id: string;
  applicant_account_id: string | null;
  form_data: unknown;
};

export type SignedResult = {
  /** A paper the agency issues, or a certified copy of an original the applicant showed. */
  kind: 'result' | 'certified_copy';
  /** The dossier's name for it (the paper and the dossier code, or the copy and its book number). */
  title: string;
  /** Its name in the applicant's personal data store, when not `title`. */
  storeTitle?: string;
  sha256: string;
  size: number;
  signedRecordId: string;
  verificationPath: string;
};

/**
 * The result of the dossier, rendered, registered for verification (QR record) and signed by the
 * leader then sealed for the agency — all outside any database transaction. Returns the signed files
 * as stored by the signing module: one paper, or for chứng thực bản sao one certified copy per original.
 */
export async function signResult(
  input: {
    actor: Actor;
    capacity: Acting;
    dossier: ResultDossier;
    version: PinnedVersion;
    paper: PaperContext;
    /** The specialist's draft (dự thảo), signed as it is instead of the generated paper. */
    draft?: Uint8Array | undefined;
    requestId: string;
  },
  platform: Platform,
): Promise<SignedResult[]> {
  if (CERTIFIED_COPY_RESULTS.has(input.version.procedureCode)) return certifyOriginals(input, platform);
  const signing = signingApi(platform);
  const number = `${input.dossier.code.slice(-11)}/KQ`;
  const form = input.dossier.form_data as Record<string, unknown>;
  const { eform } = input.version;
  const paper = input.draft
    ? {
        title: GENERIC_RESULT_TITLE,
        pdf: input.draft,
        // The draft's own signer block, when it has one; else the default place (bottom right, last page).
        signatureBox: await signing.findSignatureSpace(input.draft),
      }
    : await renderResult(
        input.paper,
        { code: input.version.procedureCode, eform },
        { form, registeredAt: new Date(), number, unitName: await unitNames(platform, eform, form) },
      );
  const title = `${paper.title} — ${input.dossier.code}`;
  const registered = await signing.registerDocument({
    pdf: paper.pdf,
    signatureBox: paper.signatureBox,
    agencyId: input.dossier.agency_id,
    kind: 'result',
    title,
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
  // The QR target, kept with the paper in the citizen's store (path only: the public URL may change).
  const link = new URL(registered.verificationUrl);
  return [
    {
      kind: 'result',
      title,
      sha256: sealed.sha256,
      size: sealed.size,
      signedRecordId: registered.id,
      verificationPath: `${link.pathname}${link.search}`,
    },
  ];
}

/** The names of the administrative units a form names, for printing its facts. */
async function unitNames(platform: Platform, eform: Eform, form: Record<string, unknown>) {
  const units = new Map<string, string>();
  for (const code of adminUnitCodes(eform, form)) {
    const unit = await findAdminUnitSummary(platform.db, code);
    if (unit) units.set(code, unit.name);
  }
  return (code: string) => units.get(code);
}
