import { Button, PasswordInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { RegisterRequest } from '../../../contracts/identity';
import { register } from '../../api/identity';
import { useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { PasswordRules } from '../../ui/PasswordRules';
import { useFormFeedback } from '../../ui/useFormFeedback';

export type PendingRegistration = {
  login: string;
  channel: 'email' | 'sms';
  expiresInMinutes: number;
  /** The code was sent at an earlier visit (sign-in refused as "not activated"). */
  earlier?: boolean;
  /** Kept in memory only, to send a new code without asking again. */
  resend?: () => Promise<void>;
};

type Channel = 'phone' | 'email';

/** Step 1: name, a phone number or an e-mail to receive the code, and a password. */
export function RegisterForm({ onRegistered }: { onRegistered: (pending: PendingRegistration) => void }) {
  const t = useT();
  const rulesId = useId();
  const feedback = useFormFeedback();
  const [channel, setChannel] = useState<Channel>('phone');
  const [fullName, setFullName] = useState('');
  const [contact, setContact] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [repeatWrong, setRepeatWrong] = useState(false);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = {
      fullName,
      password,
      ...(channel === 'phone' ? { phone: contact.replace(/[\s.]/g, '') } : { email: contact.trim() }),
    };
    const body = feedback.validate(RegisterRequest, values, {
      fullName: 'auth.register.fullName.invalid',
      phone: 'auth.register.phone.invalid',
      email: 'auth.register.email.invalid',
      password: 'auth.password.required',
    });
    setRepeatWrong(repeat !== password);
    if (!body || repeat !== password) return;
    setBusy(true);
    const send = async () => {
      await register(body);
    };
    try {
      const result = await register(body);
      onRegistered({
        login: body.phone ?? body.email ?? '',
        channel: result.channel,
        expiresInMinutes: result.expiresInMinutes,
        resend: send,
      });
    } catch (error) {
      feedback.fail(error);
      setBusy(false);
    }
  };

  const contactField = channel === 'phone' ? 'phone' : 'email';
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('auth.register.fullName')}
          description={t('auth.register.fullName.hint')}
          autoComplete="name"
          maxLength={120}
          value={fullName}
          onChange={(e) => {
            setFullName(e.currentTarget.value);
            feedback.clear('fullName');
          }}
          error={feedback.error('fullName')}
        />
        <div>
          <Text component="span" size="sm" fw={500} id={`${rulesId}-channel`}>
            {t('auth.register.channel')}
          </Text>
          <SegmentedControl
            fullWidth
            mt={4}
            aria-labelledby={`${rulesId}-channel`}
            value={channel}
            onChange={(value) => {
              setChannel(value === 'email' ? 'email' : 'phone');
              setContact('');
              feedback.clear();
            }}
            data={[
              { value: 'phone', label: t('auth.register.byPhone') },
              { value: 'email', label: t('auth.register.byEmail') },
            ]}
          />
        </div>
        <TextInput
          key={channel}
          label={t(channel === 'phone' ? 'auth.register.phone' : 'auth.register.email')}
          type={channel === 'phone' ? 'tel' : 'email'}
          inputMode={channel === 'phone' ? 'tel' : 'email'}
          autoComplete={channel === 'phone' ? 'tel' : 'email'}
          maxLength={200}
          value={contact}
          onChange={(e) => {
            setContact(e.currentTarget.value);
            feedback.clear(contactField);
          }}
          error={feedback.error(contactField)}
        />
        <PasswordInput
          label={t('auth.register.password')}
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
        <Button type="submit" size="md" loading={busy} fullWidth mt="xs">
          {t('auth.register.submit')}
        </Button>
      </Stack>
    </form>
  );
}
