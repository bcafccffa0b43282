import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Eform, EformError } from '../../../contracts/catalog';
import {
  loadLocalValidator,
  loadPrecompiledValidator,
  type RemoteValidate,
  type Validate,
} from './validation';

type Options = {
  eform: Eform;
  data: unknown;
  /** The version's precompiled validator (`Version.eformValidator`), tried first (see validation.ts). */
  validatorUrl?: string | undefined;
  /** The server's check, used when the browser may not compile the form (see validation.ts). */
  remote?: RemoteValidate | undefined;
};

/**
 * Validation of a form being filled, and which messages to show: a field's message appears once the
 * person has left the field (then follows every keystroke, so it goes away as soon as it is fixed);
 * all of them appear after `reveal()` (the person asked to go on). Messages from the server stay
 * under their field until that field is edited.
 */
export function useEformCheck({ eform, data, validatorUrl, remote }: Options) {
  // undefined while loading; null when the browser cannot validate by itself.
  const [local, setLocal] = useState<Validate | null | undefined>(undefined);
  const [remoteErrors, setRemoteErrors] = useState<EformError[] | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [revealed, setRevealed] = useState(false);
  const [server, setServer] = useState<EformError[]>([]);

  useEffect(() => {
    let live = true;
    setLocal(undefined);
    (async () =>
      (validatorUrl ? await loadPrecompiledValidator(validatorUrl, eform) : null) ??
      (await loadLocalValidator(eform)))().then((validate) => {
      if (live) setLocal(() => validate);
    });
    return () => {
      live = false;
    };
  }, [eform, validatorUrl]);

  const localErrors = useMemo(() => (local ? local(data) : null), [local, data]);

  useEffect(() => {
    if (local !== null || !remote) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      remote(data, controller.signal).then(setRemoteErrors, () => undefined);
    }, 350);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [local, remote, data]);

  const errors = localErrors ?? remoteErrors ?? [];

  /** The errors of the data as it is now (asks the server right away in remote mode). */
  const check = useCallback(async (): Promise<EformError[]> => {
    if (local) return local(data);
    if (!remote) return [];
    const fresh = await remote(data, new AbortController().signal);
    setRemoteErrors(fresh);
    return fresh;
  }, [local, remote, data]);

  const touch = useCallback((path: string) => {
    setTouched((prev) => (prev.has(path) ? prev : new Set([...prev, path])));
  }, []);

  const edited = useCallback((path: string) => {
    setServer((prev) => {
      const rest = prev.filter((e) => e.path !== path && !path.startsWith(`${e.path}.`));
      return rest.length === prev.length ? prev : rest;
    });
  }, []);

  const reveal = useCallback(() => setRevealed(true), []);

  const shown = useMemo(() => {
    const live = errors.filter((e) => revealed || touched.has(e.path));
    const paths = new Set(live.map((e) => e.path));
    return [...live, ...server.filter((e) => !paths.has(e.path))];
  }, [errors, revealed, touched, server]);

  return {
    /** Every problem of the data now, shown or not. */
    errors,
    /** The problems to show on the page. */
    shown,
    ready: local !== undefined,
    check,
    touch,
    edited,
    reveal,
    setServerErrors: setServer,
  };
}

export type EformCheck = ReturnType<typeof useEformCheck>;
