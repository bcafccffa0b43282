import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, toApiError } from './client';

export type ApiState<T> = {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  /** Loads again (after a write); keeps showing the old data meanwhile. */
  reload: () => Promise<void>;
};

/**
 * Runs `load` on mount and whenever `key` changes (e.g. the agency id); a newer load wins over an
 * older one, and an unmounted component is never updated.
 */
export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, key: string): ApiState<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const latest = useRef<AbortController | null>(null);
  const loadRef = useRef(load);
  loadRef.current = load;

  const run = useCallback(async () => {
    latest.current?.abort();
    const controller = new AbortController();
    latest.current = controller;
    setLoading(true);
    try {
      const value = await loadRef.current(controller.signal);
      if (controller.signal.aborted) return;
      setData(value);
      setError(null);
    } catch (e) {
      if (controller.signal.aborted) return;
      setError(toApiError(e));
    } finally {
      if (!controller.signal.aborted) setLoading(false);
    }
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is what makes a new load necessary
  useEffect(() => {
    void run();
    return () => latest.current?.abort();
  }, [run, key]);

  return { data, error, loading, reload: run };
}
