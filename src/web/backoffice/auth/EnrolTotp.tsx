import { Alert, Anchor, Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { confirmMfaEnrolment, startMfaEnrolment } from '../../api/identity';
import { useLang, useT } from '../../i18n';
import { useSession } from '../../session/SessionProvider';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useFormFeedback } from '../../ui/useFormFeedback';
import classes from '../backoffice.module.css';
import { GateCard } from './GateCard';
import { RecoveryCodes } from './RecoveryCodes';

type Enrolment = { secret: string; qrSvg: string };

/** The QR as an image (never injected as markup): base64 of the SVG text. */
function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/** First sign-in of an official: turn on two-factor with an authenticator app, then keep the recovery codes. */
export function EnrolTotp({ inDialog = false }: { inDialog?: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const { refresh, signOut } = useSession();
  const feedback = useFormFeedback();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [localError, setLocalError] = useState(false);

  const start = async () => {
    setBusy(true);
    feedback.clear();
    try {
      setEnrolment(await startMfaEnrolment());
    } catch (error) {
      feedback.fail(error);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = code.replace(/\s/g, '');
    feedback.clear();
    setLocalError(!/^\d{6}$/.test(value));
    if (!/^\d{6}$/.test(value)) return;
    setBusy(true);
    try {
      setCodes((await confirmMfaEnrolment(value)).recoveryCodes);
    } catch (error) {
      feedback.fail(error);
    } finally {
      setBusy(false);
    }
  };

  if (codes) return <RecoveryCodes codes={codes} onDone={() => void refresh()} inDialog={inDialog} />;

  const wrongCode = feedback.serverError?.code === 'VALIDATION_FAILED' ? feedback.serverError : null;
  return (
    <GateCard title={t('bo.enrol.title')} lead={t('bo.enrol.lead')} inDialog={inDialog}>
      {!enrolment ? (
        <Stack gap="md">
          <List type="ordered" spacing="xs" size="sm">
            <List.Item>{t('bo.enrol.step1')}</List.Item>
            <List.Item>{t('bo.enrol.step2')}</List.Item>
            <List.Item>{t('bo.enrol.step3')}</List.Item>
          </List>
          {feedback.serverError ? <ApiErrorAlert error={feedback.serverError} /> : null}
          <Button onClick={() => void start()} loading={busy} fullWidth>
            {t('bo.enrol.start')}
          </Button>
        </Stack>
      ) : (
        <Stack gap="md">
          <Group align="flex-start" gap="lg" wrap="wrap">
            <img className={classes.qr} src={svgDataUrl(enrolment.qrSvg)} alt={t('bo.enrol.qrAlt')} />
            <Stack gap={4} style={{ flex: '1 1 180px' }}>
              <Text size="sm">{t('bo.enrol.scan')}</Text>
              <Text size="sm" c="dimmed" mt="xs">
                {t('bo.enrol.manual')}
              </Text>
              <Text className={classes.secret} data-testid="totp-secret">
                {enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
              </Text>
            </Stack>
          </Group>
          <form onSubmit={confirm} noValidate>
            <Stack gap="sm">
              <TextInput
                label={t('bo.enrol.code')}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={7}
                size="lg"
                styles={{ input: { letterSpacing: '0.3em', fontWeight: 700, maxWidth: 220 } }}
                value={code}
                onChange={(e) => {
                  setCode(e.currentTarget.value);
                  setLocalError(false);
                  feedback.clear();
                }}
                error={localError ? t('bo.mfa.code.invalid') : wrongCode?.messageIn(lang)}
              />
              {feedback.serverError && !wrongCode ? <ApiErrorAlert error={feedback.serverError} /> : null}
              <Button type="submit" fullWidth loading={busy}>
                {t('bo.enrol.confirm')}
              </Button>
            </Stack>
          </form>
        </Stack>
      )}
      <Alert color="gray" variant="light">
        <Text size="sm">{t('bo.enrol.why')}</Text>
      </Alert>
      <Anchor component="button" type="button" size="sm" c="dimmed" onClick={() => void signOut()}>
        {t('bo.mfa.otherAccount')}
      </Anchor>
    </GateCard>
  );
}
