import { useCallback, useEffect, useRef, useState } from 'react';
import { useDraft } from '../../session/drafts';
import type { FormValues } from '../../ui/eform/form-data';
import { saveDraft } from '../api/dossiers';
import { type Attachments, toRefs } from './papers';

export type WizardDraft = { agencyId: string | null; data: FormValues; attached: Attachments };
/** This tab's copy: written at every change (nothing typed is lost), with the file names the server does not keep. */
export type LocalDraft = WizardDraft & { savedAt: string };

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date }
  | { state: 'failed' };

const IDLE_MS = 2000;

/**
 * Autosaves the wizard: to this tab at once, and to the server (`PUT /me/drafts/{code}`) after two
 * seconds without typing, so a closed tab, an expired session or another device loses nothing.
 */
export function useAutosave(code: string, draft: WizardDraft) {
  const local = useDraft<LocalDraft>(`submit.${code}`);
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const first = useRef(true);
  const stopped = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(draft);
  latest.current = draft;

  const inflight = useRef<Promise<void>>(Promise.resolve());

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (stopped.current) return;
    const { agencyId, data, attached } = latest.current;
    setStatus({ state: 'saving' });
    const save = (async () => {
      try {
        await saveDraft(code, { agencyId, formData: data, attachments: toRefs(attached) });
        if (!stopped.current) setStatus({ state: 'saved', at: new Date() });
      } catch {
        // Kept in this tab meanwhile; the next change tries again.
        if (!stopped.current) setStatus({ state: 'failed' });
      }
    })();
    inflight.current = save;
    await save;
  }, [code]);

  /**
   * Before sending the dossier: no save pending, none on the way. The server deletes the draft when
   * the dossier is made; a save landing after that would bring the draft back.
   */
  const settle = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    return inflight.current;
  }, []);

  useEffect(() => {
    // What was just loaded (a restored draft, a blank form) is not a change.
    if (first.current) {
      first.current = false;
      return;
    }
    if (stopped.current) return;
    local.save({ ...draft, savedAt: new Date().toISOString() });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), IDLE_MS);
  }, [draft, local, flush]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  /** After submitting: no more saving (the server deleted the draft), and the tab's copy goes too. */
  const stop = useCallback(() => {
    stopped.current = true;
    if (timer.current) clearTimeout(timer.current);
    local.discard();
  }, [local]);

  return { status, flush, settle, stop, loadLocal: local.load, discardLocal: local.discard };
}
