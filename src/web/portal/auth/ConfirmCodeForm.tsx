import { Alert, Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { ConfirmRequest } from '../../../contracts/identity';
import { toApiError } from '../../api/client';
import { confirmRegistration, type LoginResult } from '../../api/identity';
import { useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { IconMail, IconPhone } from '../../ui/icons';
import { useFormFeedback } from '../../ui/useFormFeedback';
import type { PendingRegistration } from './RegisterForm';

const RESEND_AFTER_SECONDS = 60;

/** Step 2: the six-digit code sent by e-mail or SMS; a new one can be asked for after a minute. */
export function ConfirmCodeForm({
  pending,
  onConfirmed,
  onRestart,
}: {
  pending: PendingRegistration;
  onConfirmed: (result: LoginResult) => Promise<void>;
  onRestart: () => void;
}) {
  const t = useT();
  const feedback = useFormFeedback();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [wait, setWait] = useState(RESEND_AFTER_SECONDS);
  const [resent, setResent] = useState(false);

  useEffect(() => {
    if (wait <= 0) return;
    const timer = window.setTimeout(() => setWait((w) => w - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [wait]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = feedback.validate(
      ConfirmRequest,
      { login: pending.login, code: code.replace(/\s/g, '') },
      { code: 'auth.confirm.code.invalid', login: 'auth.login.required' },
    );
    if (!body) return;
    setBusy(true);
    try {
      await onConfirmed(await confirmRegistration(body));
    } catch (error) {
      feedback.fail(toApiError(error));
      setBusy(false);
    }
  };

  const resend = async () => {
    if (!pending.resend) return;
    setResent(false);
    try {
      await pending.resend();
      setResent(true);
      setWait(RESEND_AFTER_SECONDS);
    } catch (error) {
      feedback.fail(error);
    }
  };

  const Icon = pending.channel === 'email' ? IconMail : IconPhone;
  return (
    <Stack gap="md">
      <Alert color="navy" variant="light" icon={<Icon size={20} />} role="status">
        {pending.earlier
          ? t('auth.confirm.sentEarlier', { to: pending.login })
          : t(pending.channel === 'email' ? 'auth.confirm.sentEmail' : 'auth.confirm.sentSms', {
              to: pending.login,
              minutes: pending.expiresInMinutes,
            })}
      </Alert>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('auth.confirm.code')}
            description={t('auth.confirm.code.hint')}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            size="lg"
            styles={{ input: { letterSpacing: '0.4em', fontWeight: 700, maxWidth: 220 } }}
            value={code}
            onChange={(e) => {
              setCode(e.currentTarget.value.replace(/[^\d\s]/g, ''));
              feedback.clear('code');
            }}
            error={feedback.error('code')}
          />
          {feedback.serverError ? <ApiErrorAlert error={feedback.serverError} /> : null}
          {resent ? (
            <Text size="sm" c="teal.9" role="status">
              {t('auth.confirm.resent')}
            </Text>
          ) : null}
          <Button type="submit" size="md" loading={busy} fullWidth>
            {t('auth.confirm.submit')}
          </Button>
        </Stack>
      </form>
      <Group gap="md" justify="space-between" wrap="wrap">
        {pending.resend ? (
          <Button variant="subtle" px={0} disabled={wait > 0} onClick={resend}>
            {wait > 0 ? t('auth.confirm.resendIn', { seconds: wait }) : t('auth.confirm.resend')}
          </Button>
        ) : null}
        <Anchor component="button" type="button" size="sm" onClick={onRestart}>
          {t('auth.confirm.restart')}
        </Anchor>
      </Group>
    </Stack>
  );
}
