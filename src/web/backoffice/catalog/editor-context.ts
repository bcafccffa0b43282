import { createContext, useContext } from 'react';
import type { Draft, Path } from './version-form';

/** What every section of the version editor needs: the draft, a setter, and the message of a field. */
export type EditorApi = {
  draft: Draft;
  set: (path: Path, value: unknown) => void;
  /** The field's problem in the reader's language (the browser's check first, then the server's). */
  error: (path: Path) => string | undefined;
};

export const EditorContext = createContext<EditorApi | null>(null);

export function useEditor(): EditorApi {
  const api = useContext(EditorContext);
  if (!api) throw new Error('useEditor must be used inside the version editor');
  return api;
}
