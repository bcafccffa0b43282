import { Anchor, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import type { LoginResult } from '../../api/identity';
import { useT } from '../../i18n';
import { useSession } from '../../session/SessionProvider';
import { PORTAL_PATHS, safeReturnTo } from '../paths';
import { AuthLayout } from './AuthLayout';
import classes from './auth.module.css';
import { ConfirmCodeForm } from './ConfirmCodeForm';
import { EidButton } from './EidButton';
import { type PendingRegistration, RegisterForm } from './RegisterForm';

type LocationState = { returnTo?: string; confirmLogin?: string } | null;

/** `/dang-ky`: register, then confirm with the one-time code and land signed in. */
export function RegisterPage() {
  const t = useT();
  const navigate = useNavigate();
  const session = useSession();
  const state = useLocation().state as LocationState;
  const returnTo = safeReturnTo(state?.returnTo);
  // Coming from a sign-in refused as "not activated": go straight to the code.
  const [pending, setPending] = useState<PendingRegistration | null>(
    state?.confirmLogin
      ? {
          login: state.confirmLogin,
          channel: state.confirmLogin.includes('@') ? 'email' : 'sms',
          expiresInMinutes: 10,
          earlier: true,
        }
      : null,
  );

  const onConfirmed = async (result: LoginResult) => {
    await session.signedIn(result);
    navigate(returnTo, { replace: true, state: { welcome: true } });
  };

  if (pending)
    return (
      <AuthLayout title={t('auth.confirm.title')} lead={t('auth.confirm.lead')}>
        <ConfirmCodeForm pending={pending} onConfirmed={onConfirmed} onRestart={() => setPending(null)} />
      </AuthLayout>
    );

  return (
    <AuthLayout title={t('auth.register.title')} lead={t('auth.register.lead')}>
      <EidButton returnTo={returnTo} />
      <Text size="sm" c="dimmed">
        {t('auth.register.eidHint')}
      </Text>
      <RegisterForm onRegistered={setPending} />
      <Text size="sm" className={classes.footerLinks}>
        {t('auth.register.haveAccount')}{' '}
        <Anchor component={Link} to={PORTAL_PATHS.signIn} fw={600}>
          {t('auth.register.signIn')}
        </Anchor>
      </Text>
    </AuthLayout>
  );
}
