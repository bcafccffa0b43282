import { Button, Stack } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useT } from '../../i18n';
import { useSession } from '../../session/SessionProvider';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { PageLoader } from '../../ui/FaceBoundary';
import { signInPath } from '../paths';

/**
 * Pages for signed-in people. Without a session (never signed in, or it just expired) the person
 * goes to the sign-in page and comes back here afterwards.
 */
export function RequireSignIn({ children }: { children?: ReactNode }) {
  const t = useT();
  const { state, refresh } = useSession();
  const location = useLocation();
  // No local hint is not proof of no session (a national-eID sign-in sets only the cookie): ask.
  const unsure = state.status === 'anonymous' && !state.probed;
  useEffect(() => {
    if (unsure) void refresh();
  }, [unsure, refresh]);
  if (state.status === 'loading' || unsure) return <PageLoader />;
  if (state.status === 'error')
    return (
      <Stack align="flex-start" py="xl">
        <ApiErrorAlert error={state.error} />
        <Button variant="light" onClick={() => void refresh()}>
          {t('common.retry')}
        </Button>
      </Stack>
    );
  if (state.status === 'anonymous')
    return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  return children ?? <Outlet />;
}
