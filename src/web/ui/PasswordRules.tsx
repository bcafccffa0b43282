import { List, Text, VisuallyHidden } from '@mantine/core';
import { useT } from '../i18n';
import { IconCheck, IconCircle } from './icons';

/** The server's strength rule (length, three kinds of characters); it also refuses common passwords. */
export function passwordRuleState(password: string) {
  // Same folding as the server: "ă" counts as a lower-case letter, "Đ" as an upper-case one.
  const plain = password
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(plain)).length;
  return { length: password.length >= 8 && password.length <= 128, kinds: kinds >= 3 };
}

/** A live checklist under a new-password field; announced politely as it changes. */
export function PasswordRules({ password, id }: { password: string; id?: string }) {
  const t = useT();
  const state = passwordRuleState(password);
  const item = (ok: boolean, text: string) => (
    <List.Item
      icon={
        <Text component="span" c={ok ? 'teal.8' : 'dimmed'} display="flex">
          {ok ? <IconCheck size={16} /> : <IconCircle size={16} />}
        </Text>
      }
    >
      <Text component="span" size="sm" c={ok ? 'teal.9' : 'dimmed'}>
        {text}
        {ok ? <VisuallyHidden component="span"> ({t('password.ruleMet')})</VisuallyHidden> : null}
      </Text>
    </List.Item>
  );
  return (
    <List id={id} spacing={2} size="sm" center aria-live="polite">
      {item(state.length, t('password.ruleLength'))}
      {item(state.kinds, t('password.ruleKinds'))}
    </List>
  );
}
