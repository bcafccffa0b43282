import { useCallback, useRef, useState } from 'react';
import type { EformError } from '../../../contracts/catalog';
import { type ApiError, CLIENT_ERROR_CODES, toApiError } from '../../api/client';
import { formDataErrors } from '../../ui/eform/form-data';
import { type DossierData, type SubmitBody, submitDossier } from '../api/dossiers';
import { attemptFor, loadAttempt, saveAttempt } from './idempotency';
import { paperOfError } from './papers';

export type SendState =
  | { state: 'idle' }
  | { state: 'sending' }
  /** No answer (network, server down): "Gửi lại" sends the same content with the same key. */
  | { state: 'retry'; error: ApiError }
  | { state: 'failed'; error: ApiError };

export type Refusal = {
  formErrors: EformError[];
  /** Messages by paper index. */
  paperErrors: Record<number, { vi: string; en: string }>;
  error: ApiError;
};

function isUnanswered(error: ApiError): boolean {
  return error.code === CLIENT_ERROR_CODES.network || error.status === 0 || error.status >= 500;
}

/**
 * Sends the dossier once: the button is disabled while sending, and every attempt with the same
 * content carries the same Idempotency-Key, so a double click, a retry or a reload never makes two
 * dossiers. A 400 is split into form and paper messages for the steps to show.
 */
export function useSubmission(
  code: string,
  handlers: { onDone: (dossier: DossierData) => void; onRefused: (refusal: Refusal) => void },
) {
  const [status, setStatus] = useState<SendState>({ state: 'idle' });
  const busy = useRef(false);
  const latest = useRef(handlers);
  latest.current = handlers;

  const send = useCallback(
    async (body: SubmitBody) => {
      if (busy.current) return;
      busy.current = true;
      const attempt = attemptFor(loadAttempt(code), JSON.stringify(body));
      saveAttempt(code, attempt);
      setStatus({ state: 'sending' });
      try {
        const dossier = await submitDossier(body, attempt.key);
        saveAttempt(code, null);
        setStatus({ state: 'idle' });
        latest.current.onDone(dossier);
      } catch (e) {
        const error = toApiError(e);
        if (isUnanswered(error)) {
          setStatus({ state: 'retry', error });
        } else {
          // Answered: this key is spent (a new content will get a new one).
          saveAttempt(code, null);
          setStatus({ state: 'failed', error });
          const problems = error.problem.errors ?? [];
          if (error.code === 'VALIDATION_FAILED' && problems.length) {
            const paperErrors: Refusal['paperErrors'] = {};
            for (const p of problems) {
              const paper = paperOfError(p.path.replace(/^body\./, ''), body.attachments);
              if (paper !== null) paperErrors[paper] = { vi: p.vi, en: p.en };
            }
            latest.current.onRefused({ formErrors: formDataErrors(problems), paperErrors, error });
          }
        }
      } finally {
        busy.current = false;
      }
    },
    [code],
  );

  const reset = useCallback(() => setStatus({ state: 'idle' }), []);
  return { status, send, reset };
}
