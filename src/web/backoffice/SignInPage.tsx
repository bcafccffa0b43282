import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useT } from '../i18n';
import { useDocTitle } from '../ui/useDocTitle';
import classes from './backoffice.module.css';

type Notice = 'required' | 'unavailable' | null;

/** Landing page of the back office until staff sign-in exists: explains who it is for and how to get in. */
export function SignInPage() {
  const t = useT();
  useDocTitle(t('bo.signIn.docTitle'));
  const [notice, setNotice] = useState<Notice>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const filled = ['username', 'password'].every((k) => String(data.get(k) ?? '').trim() !== '');
    // Sessions arrive with the identity module; until then say so instead of failing silently.
    setNotice(filled ? 'unavailable' : 'required');
  };

  return (
    <Paper withBorder radius="md" className={classes.signIn}>
      <div className={classes.signInStripe} />
      <Stack gap="md" p={{ base: 'lg', sm: 'xl' }}>
        <Title order={1} className={classes.signInTitle}>
          {t('bo.signIn.title')}
        </Title>
        <Text c="dimmed">{t('bo.signIn.lead')}</Text>
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            <TextInput
              name="username"
              label={t('bo.signIn.username')}
              autoComplete="username"
              maxLength={100}
            />
            <PasswordInput
              name="password"
              label={t('bo.signIn.password')}
              autoComplete="current-password"
              maxLength={200}
            />
            {notice ? (
              <Alert color={notice === 'required' ? 'flagRed' : 'navy'} variant="light" role="status">
                {t(notice === 'required' ? 'bo.signIn.required' : 'bo.signIn.unavailable')}
              </Alert>
            ) : null}
            <Button type="submit" fullWidth mt="xs">
              {t('bo.signIn.submit')}
            </Button>
          </Stack>
        </form>
        <Text size="sm" c="dimmed">
          {t('bo.signIn.help')}
        </Text>
      </Stack>
    </Paper>
  );
}
