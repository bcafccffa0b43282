import { Anchor, Button, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { verifyMfa } from '../../api/identity';
import { useLang, useT } from '../../i18n';
import { useSession } from '../../session/SessionProvider';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useFormFeedback } from '../../ui/useFormFeedback';
import { DemoCode } from './DemoCode';
import { GateCard } from './GateCard';

type Mode = 'totp' | 'recovery';

/** Step 2 of a staff sign-in: the six-digit code from the authenticator app, or a recovery code. */
export function SecondStep({ username, inDialog = false }: { username: string | null; inDialog?: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const { refresh, signOut } = useSession();
  const feedback = useFormFeedback();
  const [mode, setMode] = useState<Mode>('totp');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [localError, setLocalError] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = code.replace(/\s/g, '');
    const ok = mode === 'totp' ? /^\d{6}$/.test(value) : /^[a-z0-9]{4}-?[a-z0-9]{4}$/i.test(value);
    feedback.clear();
    setLocalError(!ok);
    if (!ok) return;
    setBusy(true);
    try {
      await verifyMfa(mode === 'totp' ? { code: value } : { recoveryCode: value });
      await refresh();
    } catch (error) {
      feedback.fail(error);
      setBusy(false);
    }
  };
  const wrongCode = feedback.serverError?.code === 'VALIDATION_FAILED' ? feedback.serverError : null;
  const fieldError = localError
    ? t(mode === 'totp' ? 'bo.mfa.code.invalid' : 'bo.mfa.recovery.invalid')
    : wrongCode?.messageIn(lang);

  return (
    <GateCard
      title={t('bo.mfa.title')}
      lead={t(mode === 'totp' ? 'bo.mfa.lead' : 'bo.mfa.recoveryLead')}
      inDialog={inDialog}
    >
      {mode === 'totp' ? <DemoCode username={username} onFill={setCode} /> : null}
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <TextInput
            key={mode}
            label={t(mode === 'totp' ? 'bo.mfa.code' : 'bo.mfa.recovery')}
            inputMode={mode === 'totp' ? 'numeric' : 'text'}
            autoComplete="one-time-code"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={mode === 'totp' ? 7 : 9}
            size="lg"
            styles={{ input: { letterSpacing: '0.3em', fontWeight: 700 } }}
            value={code}
            onChange={(e) => {
              setCode(e.currentTarget.value);
              setLocalError(false);
              feedback.clear();
            }}
            error={fieldError}
            data-autofocus
          />
          {feedback.serverError && !wrongCode ? <ApiErrorAlert error={feedback.serverError} /> : null}
          <Button type="submit" fullWidth loading={busy}>
            {t('bo.mfa.submit')}
          </Button>
        </Stack>
      </form>
      <Stack gap={4} align="flex-start">
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => {
            setMode(mode === 'totp' ? 'recovery' : 'totp');
            setCode('');
            setLocalError(false);
          }}
        >
          {t(mode === 'totp' ? 'bo.mfa.useRecovery' : 'bo.mfa.useTotp')}
        </Anchor>
        <Anchor component="button" type="button" size="sm" c="dimmed" onClick={() => void signOut()}>
          {t('bo.mfa.otherAccount')}
        </Anchor>
      </Stack>
    </GateCard>
  );
}
