import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { demoTotp } from '../../api/identity';
import { useSite } from '../../api/site';
import { useT } from '../../i18n';
import classes from '../backoffice.module.css';

const REFRESH_MS = 10_000;

/**
 * Demo deployments only (`/api/v1/site` says `demo: true`): the demo account's current code, so
 * visitors can try the second step without an authenticator app. Refreshed as codes roll over.
 */
export function DemoCode({ username, onFill }: { username: string | null; onFill: (code: string) => void }) {
  const t = useT();
  const { site } = useSite();
  const [code, setCode] = useState<string | null>(null);
  const enabled = Boolean(site?.demo && username);

  useEffect(() => {
    if (!enabled || !username) return;
    let live = true;
    const load = () =>
      demoTotp(username).then(
        (r) => live && setCode(r.code),
        () => live && setCode(null),
      );
    void load();
    const timer = window.setInterval(load, REFRESH_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [enabled, username]);

  if (!enabled || !code) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      title={t('bo.mfa.demoTitle')}
      classNames={{ title: classes.demoTitle }}
    >
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text>
          {t('bo.mfa.demoCode')} <span className={classes.demoCode}>{code}</span>
        </Text>
        <Button size="xs" variant="white" color="dark" onClick={() => onFill(code)}>
          {t('bo.mfa.demoFill')}
        </Button>
      </Group>
    </Alert>
  );
}
