import './tables';
import type { Actor } from '../../platform/auth';
import type { Platform } from '../../platform/platform';
import type { ModuleDefinition } from '../types';
import { signingDeps, signingPlugin } from './plugin';
import { demoSigningLines, seedSigningDemo } from './seed/demo';
import { certifyCopy } from './services/certify-copy';
import { type RegisterDocumentInput, registerDocument } from './services/register-document';
import { type SignDocumentInput, signDocument } from './services/sign-document';
import { signRegisteredDocument } from './services/sign-registered-document';
import type { VerifyOptions } from './verify/verify-pdf';

export type { Signer } from './pades/signer';
export type { RegisterDocumentInput } from './services/register-document';
export type { AppearanceOption, SignDocumentInput, SignDocumentResult } from './services/sign-document';
export { DOCUMENT_SIGNED_TOPIC, type DocumentSignedEvent } from './services/sign-registered-document';
export type { DocumentReport, SignatureReport } from './verify/report';

/**
 * What other modules (dossiers, documents) call, bound to one platform:
 * - `signDocument`: sign PDF bytes as an official (`signerAccountId`) or as the agency seal/copy;
 * - `registerDocument`: register a result for the QR record and the signing queue (QR stamped);
 * - `signRegisteredDocument`: apply the next signature (leader, then seal) of a registered document as
 *   the signed-in official, e.g. from the dossier's "approve and sign" step;
 * - `certifyCopy`: certify a scanned original as an electronic copy (numbered in the certification book,
 *   signed at once in the copy style), e.g. the result of a dossier of chứng thực bản sao;
 * - `findSignatureSpace`: the room a drafted PDF left for its signer's signature, if any;
 * - `checkSignable`: refuse a PDF it could not sign (empty, encrypted, unreadable) before accepting it;
 * - `verifyPdf`: the verification report of any PDF, with this instance's trust list and revocation.
 * Fully signed documents publish DOCUMENT_SIGNED_TOPIC (payload DocumentSignedEvent) after commit.
 */
export function signingApi(platform: Platform) {
  const deps = signingDeps(platform);
  return {
    signDocument: (input: SignDocumentInput) => signDocument(input, deps),
    registerDocument: (input: RegisterDocumentInput) => registerDocument(input, deps),
    signRegisteredDocument: (input: { actor: Actor; documentId: string; requestId?: string; ip?: string }) =>
      signRegisteredDocument(
        {
          actor: input.actor,
          documentId: input.documentId,
          context: { requestId: input.requestId ?? '', ip: input.ip ?? '', userAgent: null },
        },
        deps,
      ),
    certifyCopy: (
      input: Omit<Parameters<typeof certifyCopy>[0], 'context'> & { requestId?: string | undefined },
    ) => {
      const { requestId, ...rest } = input;
      return certifyCopy({ ...rest, context: { requestId: requestId ?? '', ip: '', userAgent: null } }, deps);
    },
    /**
     * Where a PDF drafted elsewhere left room for its signer (under the signer's title, above the name),
     * or nothing: the box to register with it so the signature does not land on its text.
     */
    findSignatureSpace: async (bytes: Uint8Array) => {
      const { findSignatureSpace } = await import('./pades/signer-block');
      return findSignatureSpace(bytes);
    },
    /**
     * Refuses, with the signing module's own bilingual reasons, a file it could not sign later: empty,
     * not a PDF, encrypted or unreadable. For callers that accept a PDF now and have it signed later.
     */
    checkSignable: async (bytes: Uint8Array) => {
      const { loadPdf } = await import('./pades/pdf-load');
      await loadPdf(bytes, { forUpdate: true });
    },
    // The verifier (pdf-lib, pkijs) is loaded on first use, not at start-up (idle memory, bench/README.md).
    verifyPdf: async (bytes: Uint8Array, options: Partial<VerifyOptions> = {}) => {
      const { verifyPdf } = await import('./verify/verify-pdf');
      return verifyPdf(bytes, await deps.pki.verifyOptions(options));
    },
  };
}

/** `cuaso pki …` and `cuaso pdf …`; loaded when a command runs, never by the server. */
export async function runSigningCli(...args: Parameters<typeof import('./cli').runSigningCli>) {
  const cli = await import('./cli');
  return cli.runSigningCli(...args);
}

export const signingModule: ModuleDefinition = {
  name: 'signing',
  plugin: signingPlugin,
  seedDemo: seedSigningDemo,
  demoAccounts: demoSigningLines,
};
