import { useCallback, useMemo, useState } from 'react';
import type { z } from 'zod';
import { type ApiError, toApiError } from '../api/client';
import { type MessageKey, useLang, useT } from '../i18n';

/**
 * Per-field messages for a form: from the shared zod contract before sending (catalogue keys, so
 * they follow the language), then from the server's problem document (`errors[]`, both languages).
 */
export function useFormFeedback() {
  const t = useT();
  const { lang } = useLang();
  const [local, setLocal] = useState<Record<string, MessageKey>>({});
  const [server, setServer] = useState<ApiError | null>(null);
  // Fields edited since the server answered: its message for them no longer applies.
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());

  /** Validates with the contract; on failure marks each field with its catalogue message. */
  const validate = useCallback(
    <S extends z.ZodType>(
      schema: S,
      values: unknown,
      messages: Record<string, MessageKey>,
    ): z.output<S> | null => {
      const parsed = schema.safeParse(values);
      setServer(null);
      if (parsed.success) {
        setLocal({});
        return parsed.data;
      }
      const marks: Record<string, MessageKey> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        marks[field] ??= messages[field] ?? 'form.invalid';
      }
      setLocal(marks);
      return null;
    },
    [],
  );

  const fail = useCallback((error: unknown) => {
    const apiError = toApiError(error);
    // An ended session is handled by the session itself (sign-in again); the form keeps its input.
    if (apiError.code === 'UNAUTHENTICATED') return;
    setServer(apiError);
    setEdited(new Set());
  }, []);

  const clear = useCallback((field?: string) => {
    if (!field) {
      setLocal({});
      setServer(null);
      return;
    }
    setEdited((prev) => (prev.has(field) ? prev : new Set([...prev, field])));
    setLocal((prev) => {
      if (!(field in prev)) return prev;
      const { [field]: _gone, ...rest } = prev;
      return rest;
    });
  }, []);

  const serverFields = useMemo(() => server?.fieldProblems() ?? {}, [server]);

  const error = useCallback(
    (field: string): string | undefined => {
      const key = local[field];
      if (key) return t(key);
      return edited.has(field) ? undefined : serverFields[field]?.[lang];
    },
    [local, serverFields, edited, t, lang],
  );

  const hasLocal = Object.keys(local).length > 0;
  return { validate, fail, clear, error, serverError: server, hasLocal };
}
