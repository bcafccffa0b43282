import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { LoginRequest } from '../../../contracts/identity';
import { logIn } from '../../api/identity';
import { type MessageKey, useT } from '../../i18n';
import { type NoSessionReason, useSession } from '../../session/SessionProvider';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useFormFeedback } from '../../ui/useFormFeedback';
import { GateCard } from './GateCard';

const NOTICES: Partial<Record<NoSessionReason, MessageKey>> = {
  expired: 'bo.signIn.expired',
  signedOut: 'auth.notice.signedOut',
  signedOutAll: 'auth.notice.signedOutAll',
};

/** Step 1 of a staff sign-in: username (or e-mail) and password. */
export function StaffSignIn({ reason, inDialog = false }: { reason: NoSessionReason; inDialog?: boolean }) {
  const t = useT();
  const session = useSession();
  const feedback = useFormFeedback();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  // In the re-sign-in dialog, the dialog itself says why.
  const notice = inDialog ? undefined : NOTICES[reason];

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = feedback.validate(
      LoginRequest,
      { login, password },
      {
        login: 'bo.signIn.usernameRequired',
        password: 'auth.password.required',
      },
    );
    if (!body) return;
    setBusy(true);
    try {
      await session.signedIn(await logIn(body));
    } catch (error) {
      feedback.fail(error);
      setBusy(false);
    }
  };

  return (
    <GateCard
      title={inDialog ? '' : t('bo.signIn.title')}
      lead={inDialog ? undefined : t('bo.signIn.lead')}
      inDialog={inDialog}
    >
      {notice ? (
        <Alert color={reason === 'expired' ? 'orange' : 'teal'} variant="light" role="status">
          {t(notice)}
        </Alert>
      ) : null}
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <TextInput
            name="username"
            label={t('bo.signIn.username')}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={200}
            value={login}
            onChange={(e) => {
              setLogin(e.currentTarget.value);
              feedback.clear('login');
            }}
            error={feedback.error('login')}
            data-autofocus
          />
          <PasswordInput
            name="password"
            label={t('bo.signIn.password')}
            autoComplete="current-password"
            maxLength={200}
            value={password}
            onChange={(e) => {
              setPassword(e.currentTarget.value);
              feedback.clear('password');
            }}
            error={feedback.error('password')}
          />
          {feedback.serverError ? <ApiErrorAlert error={feedback.serverError} /> : null}
          <Button type="submit" fullWidth mt="xs" loading={busy}>
            {t('bo.signIn.submit')}
          </Button>
        </Stack>
      </form>
      <Text size="sm" c="dimmed">
        {t('bo.signIn.help')}
      </Text>
    </GateCard>
  );
}
