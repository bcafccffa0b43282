import { useCallback, useMemo } from 'react';

// Unsent form input kept for this tab only (sessionStorage), so a person whose session expires
// signs in again and finds what they typed instead of typing it all over.
const PREFIX = 'cuaso.draft.';

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function clearDrafts(): void {
  const store = storage();
  if (!store) return;
  for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) store.removeItem(key);
}

/** `load` returns the saved draft (or null), `save` keeps one, `discard` forgets it. */
export function useDraft<T>(key: string | null) {
  const full = key ? PREFIX + key : null;
  const load = useCallback((): T | null => {
    if (!full) return null;
    try {
      const raw = storage()?.getItem(full);
      return raw ? (JSON.parse(raw) as T) : null;
    } catch {
      return null;
    }
  }, [full]);
  const save = useCallback(
    (value: T) => {
      if (!full) return;
      try {
        storage()?.setItem(full, JSON.stringify(value));
      } catch {
        // Storage full or disabled: the draft is simply not kept.
      }
    },
    [full],
  );
  const discard = useCallback(() => {
    if (full) storage()?.removeItem(full);
  }, [full]);
  return useMemo(() => ({ load, save, discard }), [load, save, discard]);
}
