import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { hasSessionHint, onAuthEvent, setCsrfToken, setSessionHint } from '../api/auth-events';
import { type ApiError, toApiError } from '../api/client';
import { getMe, type LoginResult, logOut, type MeData } from '../api/identity';
import { clearDrafts } from './drafts';

/** Why there is no session: never signed in, it expired (or ended elsewhere), or the person left. */
export type NoSessionReason = 'none' | 'expired' | 'signedOut' | 'signedOutAll';

export type SessionState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  /** `probed`: the server confirmed it (false when only the local hint said "no session"). */
  | { status: 'anonymous'; reason: NoSessionReason; probed: boolean }
  | { status: 'signedIn'; me: MeData };

type SessionValue = {
  state: SessionState;
  me: MeData | null;
  /** Reloads the person from `/me` (also refreshes the CSRF token). */
  refresh: () => Promise<MeData | null>;
  /** Call with the answer of a sign-in or a registration confirmation. */
  signedIn: (result: LoginResult) => Promise<MeData | null>;
  /** Replaces the person after a write that returned them (PATCH /me). */
  replaceMe: (me: MeData) => void;
  signOut: (everywhere?: boolean) => Promise<void>;
};

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>(() =>
    hasSessionHint() ? { status: 'loading' } : { status: 'anonymous', reason: 'none', probed: false },
  );

  const refresh = useCallback(async () => {
    try {
      const me = await getMe();
      setCsrfToken(me.csrfToken);
      setSessionHint(true);
      setState({ status: 'signedIn', me });
      return me;
    } catch (error) {
      const apiError = toApiError(error);
      setCsrfToken(null);
      if (apiError.status === 401) setSessionHint(false);
      setState((prev) => {
        if (apiError.status !== 401) return { status: 'error', error: apiError };
        // The client's 401 event may already have said why (expired); keep that.
        if (prev.status === 'anonymous') return { ...prev, probed: true };
        return { status: 'anonymous', reason: prev.status === 'signedIn' ? 'expired' : 'none', probed: true };
      });
      return null;
    }
  }, []);

  useEffect(() => {
    if (hasSessionHint()) void refresh();
  }, [refresh]);

  useEffect(
    () =>
      onAuthEvent((event) => {
        if (event === 'mfaRequired') {
          void refresh();
          return;
        }
        setCsrfToken(null);
        setSessionHint(false);
        setState((prev) =>
          prev.status === 'signedIn' ? { status: 'anonymous', reason: 'expired', probed: true } : prev,
        );
      }),
    [refresh],
  );

  const signedIn = useCallback(
    async (result: LoginResult) => {
      setCsrfToken(result.csrfToken);
      return refresh();
    },
    [refresh],
  );

  const replaceMe = useCallback((me: MeData) => {
    setCsrfToken(me.csrfToken);
    setState({ status: 'signedIn', me });
  }, []);

  const signOut = useCallback(async (everywhere = false) => {
    try {
      await logOut(everywhere);
    } catch {
      // Already gone on the server (expired): the person is signed out either way.
    }
    setCsrfToken(null);
    setSessionHint(false);
    clearDrafts();
    setState({ status: 'anonymous', reason: everywhere ? 'signedOutAll' : 'signedOut', probed: true });
  }, []);

  const value = useMemo<SessionValue>(
    () => ({
      state,
      me: state.status === 'signedIn' ? state.me : null,
      refresh,
      signedIn,
      replaceMe,
      signOut,
    }),
    [state, refresh, signedIn, replaceMe, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
