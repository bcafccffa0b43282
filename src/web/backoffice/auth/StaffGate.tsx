import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, Outlet } from 'react-router';
import type { MeData } from '../../api/identity';
import { useT } from '../../i18n';
import { useSession } from '../../session/SessionProvider';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { PageLoader } from '../../ui/FaceBoundary';
import { FACE_ROOTS } from '../../ui/faces';
import { BackofficeLayout } from '../BackofficeLayout';
import { EnrolTotp } from './EnrolTotp';
import { GateCard } from './GateCard';
import { SecondStep } from './SecondStep';
import { StaffSignIn } from './StaffSignIn';
import { StaffContext } from './staff-context';

const isReady = (me: MeData | null): boolean => me?.kind === 'staff' && me.mfa === 'done';

/** What a person who is not (yet) through both sign-in steps sees instead of the page. */
function SignInSteps({ inDialog = false }: { inDialog?: boolean }) {
  const t = useT();
  const { state, me, signOut } = useSession();
  if (state.status === 'anonymous') return <StaffSignIn reason={state.reason} inDialog={inDialog} />;
  if (!me) return null;
  if (me.kind !== 'staff')
    return (
      <GateCard title={t('bo.citizen.title')} lead={t('bo.citizen.lead')} inDialog={inDialog}>
        <Group gap="sm">
          <Button component={Link} to={FACE_ROOTS.portal} variant="light">
            {t('bo.nav.toPortal')}
          </Button>
          <Button variant="default" onClick={() => void signOut()}>
            {t('header.signOut')}
          </Button>
        </Group>
      </GateCard>
    );
  if (me.mfa === 'enrol') return <EnrolTotp inDialog={inDialog} />;
  return <SecondStep username={me.username} inDialog={inDialog} />;
}

/**
 * Every `/can-bo/*` page sits behind both sign-in steps. When the session expires mid-work the page
 * stays where it was, under a dialog to sign in again, so nothing typed is lost.
 */
export function StaffGate() {
  const t = useT();
  const { state, me, refresh } = useSession();
  const [lastMe, setLastMe] = useState<MeData | null>(null);
  const ready = isReady(me);

  useEffect(() => {
    if (ready) setLastMe(me);
    else if (state.status === 'anonymous' && state.reason !== 'expired') setLastMe(null);
  }, [ready, me, state]);

  if (state.status === 'loading') return <BackofficeLayout me={null}>{<PageLoader />}</BackofficeLayout>;
  if (state.status === 'error')
    return (
      <BackofficeLayout me={null}>
        <Stack align="flex-start">
          <ApiErrorAlert error={state.error} />
          <Button variant="light" onClick={() => void refresh()}>
            {t('common.retry')}
          </Button>
        </Stack>
      </BackofficeLayout>
    );
  // One tree for both cases, so that React keeps the page (and what is typed in it) mounted.
  const frozen = lastMe && (state.status === 'anonymous' || me?.id === lastMe.id) ? lastMe : null;
  const shown = ready && me ? me : frozen;
  if (shown)
    return (
      <BackofficeLayout me={shown}>
        <StaffContext.Provider value={shown}>
          <Outlet key={shown.id} />
        </StaffContext.Provider>
        <Modal
          opened={!ready}
          onClose={() => undefined}
          withCloseButton={false}
          closeOnClickOutside={false}
          closeOnEscape={false}
          centered
          size="md"
          title={t('bo.reauth.title')}
        >
          <Stack gap="md">
            <Alert color="orange" variant="light">
              {t('bo.reauth.lead')}
            </Alert>
            <SignInSteps inDialog />
          </Stack>
        </Modal>
      </BackofficeLayout>
    );
  return (
    <BackofficeLayout me={null}>
      <SignInSteps />
    </BackofficeLayout>
  );
}
