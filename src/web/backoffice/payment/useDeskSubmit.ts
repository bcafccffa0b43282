import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/client';

/**
 * Sends a money action of the desk (cash, refund) once: busy while it runs, the server's refusal
 * kept to show, and `onStale` called on a 409 (paid or refunded meanwhile) so the block reloads.
 */
export function useDeskSubmit(onStale: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async <T>(send: () => Promise<T>, done: (value: T) => void) => {
    setBusy(true);
    setError(null);
    try {
      done(await send());
    } catch (e) {
      const err = toApiError(e);
      setError(err);
      if (err.status === 409) onStale();
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, submit };
}
