import { Alert, Anchor, Button, Divider, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { LoginRequest } from '../../../contracts/identity';
import { toApiError } from '../../api/client';
import { logIn } from '../../api/identity';
import { type MessageKey, useLang, useT } from '../../i18n';
import { useSession } from '../../session/SessionProvider';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { FACE_ROOTS } from '../../ui/faces';
import { useFormFeedback } from '../../ui/useFormFeedback';
import { PORTAL_PATHS, safeReturnTo } from '../paths';
import { AuthLayout } from './AuthLayout';
import classes from './auth.module.css';
import { EidButton, eidErrorMessage } from './EidButton';

const REASON_NOTICE: Partial<Record<string, MessageKey>> = {
  expired: 'auth.notice.expired',
  signedOut: 'auth.notice.signedOut',
  signedOutAll: 'auth.notice.signedOutAll',
};

export function SignInPage() {
  const t = useT();
  const { lang } = useLang();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const eidError = params.get('eid_error');
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const feedback = useFormFeedback();
  const [notActivated, setNotActivated] = useState(false);

  if (session.state.status === 'signedIn' && !busy) return <Navigate to={returnTo} replace />;
  const reason = session.state.status === 'anonymous' ? session.state.reason : 'none';
  const notice = REASON_NOTICE[reason];

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotActivated(false);
    const body = feedback.validate(
      LoginRequest,
      { login, password },
      {
        login: 'auth.login.required',
        password: 'auth.password.required',
      },
    );
    if (!body) return;
    setBusy(true);
    try {
      const result = await logIn(body);
      await session.signedIn(result);
      // A staff account continues in the back office, where its second step is.
      navigate(result.kind === 'staff' ? FACE_ROOTS.backoffice : returnTo, { replace: true });
    } catch (error) {
      const apiError = toApiError(error);
      setNotActivated(apiError.problem.reason === 'not_activated');
      feedback.fail(apiError);
      setBusy(false);
    }
  };

  return (
    <AuthLayout title={t('auth.signIn.title')} lead={t('auth.signIn.lead')}>
      {notice ? (
        <Alert color={reason === 'expired' ? 'orange' : 'teal'} variant="light" role="status">
          {t(notice)}
        </Alert>
      ) : null}
      {eidError ? (
        <Alert color="flagRed" variant="light" role="alert" title={t('auth.eid.error.title')}>
          {eidErrorMessage(eidError, lang, t)}
          <Text size="xs" c="dimmed" mt={4}>
            {t('auth.eid.error.code', { code: eidError.slice(0, 60) })}
          </Text>
        </Alert>
      ) : null}
      <EidButton returnTo={returnTo} />
      <Divider label={t('auth.signIn.orPassword')} labelPosition="center" />
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('auth.login.label')}
            description={t('auth.login.hint')}
            name="login"
            autoComplete="username"
            inputMode="email"
            maxLength={200}
            value={login}
            onChange={(e) => {
              setLogin(e.currentTarget.value);
              feedback.clear('login');
            }}
            error={feedback.error('login')}
          />
          <PasswordInput
            label={t('auth.password.label')}
            name="password"
            autoComplete="current-password"
            maxLength={200}
            value={password}
            onChange={(e) => {
              setPassword(e.currentTarget.value);
              feedback.clear('password');
            }}
            error={feedback.error('password')}
          />
          <Anchor component={Link} to={PORTAL_PATHS.forgotPassword} size="sm" w="fit-content">
            {t('auth.signIn.forgot')}
          </Anchor>
          {feedback.serverError ? <ApiErrorAlert error={feedback.serverError} /> : null}
          {notActivated ? (
            <Button
              variant="light"
              onClick={() => navigate(PORTAL_PATHS.register, { state: { confirmLogin: login.trim() } })}
            >
              {t('auth.signIn.enterCode')}
            </Button>
          ) : null}
          <Button type="submit" size="md" loading={busy} fullWidth>
            {t('auth.signIn.submit')}
          </Button>
        </Stack>
      </form>
      <Text size="sm" className={classes.footerLinks}>
        {t('auth.signIn.noAccount')}{' '}
        <Anchor component={Link} to={PORTAL_PATHS.register} state={{ returnTo }} fw={600}>
          {t('auth.signIn.register')}
        </Anchor>
      </Text>
    </AuthLayout>
  );
}
