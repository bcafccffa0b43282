import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { ForgotPasswordRequest } from '../../../contracts/identity';
import { requestPasswordReset } from '../../api/identity';
import { useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useFormFeedback } from '../../ui/useFormFeedback';
import { PORTAL_PATHS } from '../paths';
import { AuthLayout } from './AuthLayout';
import classes from './auth.module.css';

/** `/quen-mat-khau`: the same answer whether or not the account exists (no account discovery). */
export function ForgotPasswordPage() {
  const t = useT();
  const feedback = useFormFeedback();
  const [login, setLogin] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = feedback.validate(ForgotPasswordRequest, { login }, { login: 'auth.login.required' });
    if (!body) return;
    setBusy(true);
    try {
      await requestPasswordReset(body);
      setSentTo(body.login);
    } catch (error) {
      feedback.fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthLayout title={t('auth.forgot.title')} lead={t('auth.forgot.lead')}>
      {sentTo ? (
        <Alert color="teal" variant="light" role="status" title={t('auth.forgot.sentTitle')}>
          {t('auth.forgot.sent', { login: sentTo })}
        </Alert>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            <TextInput
              label={t('auth.login.label')}
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
            {feedback.serverError ? <ApiErrorAlert error={feedback.serverError} /> : null}
            <Button type="submit" size="md" loading={busy} fullWidth>
              {t('auth.forgot.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Text size="sm" className={classes.footerLinks}>
        <Anchor component={Link} to={PORTAL_PATHS.signIn} fw={600}>
          {t('auth.backToSignIn')}
        </Anchor>
      </Text>
    </AuthLayout>
  );
}
