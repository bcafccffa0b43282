import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ResetPasswordRequest } from '../../../contracts/identity';
import { resetPassword } from '../../api/identity';
import { useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { PasswordRules } from '../../ui/PasswordRules';
import { useFormFeedback } from '../../ui/useFormFeedback';
import { PORTAL_PATHS } from '../paths';
import { AuthLayout } from './AuthLayout';
import classes from './auth.module.css';

/** `/dat-lai-mat-khau?token=…`: the link from the e-mail; a used or old link says so and offers a new one. */
export function ResetPasswordPage() {
  const t = useT();
  const rulesId = useId();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const feedback = useFormFeedback();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [repeatWrong, setRepeatWrong] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = feedback.validate(
      ResetPasswordRequest,
      { token, password },
      {
        password: 'auth.password.required',
        token: 'auth.reset.badLink',
      },
    );
    setRepeatWrong(repeat !== password);
    if (!body || repeat !== password) return;
    setBusy(true);
    try {
      await resetPassword(body);
      setDone(true);
    } catch (error) {
      feedback.fail(error);
    } finally {
      setBusy(false);
    }
  };

  const gone = feedback.serverError?.code === 'GONE';
  const badLink = token.length < 20 || gone;
  return (
    <AuthLayout title={t('auth.reset.title')} lead={done ? undefined : t('auth.reset.lead')}>
      {done ? (
        <Stack gap="md">
          <Alert color="teal" variant="light" role="status">
            {t('auth.reset.done')}
          </Alert>
          <Button component={Link} to={PORTAL_PATHS.signIn} size="md">
            {t('auth.signIn.submit')}
          </Button>
        </Stack>
      ) : badLink ? (
        <Stack gap="md">
          <Alert color="flagRed" variant="light" role="alert">
            {t(gone ? 'auth.reset.gone' : 'auth.reset.badLink')}
          </Alert>
          <Button component={Link} to={PORTAL_PATHS.forgotPassword} variant="light">
            {t('auth.reset.again')}
          </Button>
        </Stack>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            <PasswordInput
              label={t('auth.reset.password')}
              autoComplete="new-password"
              maxLength={128}
              value={password}
              aria-describedby={rulesId}
              onChange={(e) => {
                setPassword(e.currentTarget.value);
                feedback.clear('password');
              }}
              error={feedback.error('password')}
            />
            <PasswordRules password={password} id={rulesId} />
            <PasswordInput
              label={t('auth.register.repeat')}
              autoComplete="new-password"
              maxLength={128}
              value={repeat}
              onChange={(e) => {
                setRepeat(e.currentTarget.value);
                setRepeatWrong(false);
              }}
              error={repeatWrong ? t('auth.register.repeat.mismatch') : undefined}
            />
            {feedback.serverError ? <ApiErrorAlert error={feedback.serverError} /> : null}
            <Button type="submit" size="md" loading={busy} fullWidth>
              {t('auth.reset.submit')}
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
