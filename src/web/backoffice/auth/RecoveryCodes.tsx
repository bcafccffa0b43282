import { Alert, Button, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useT } from '../../i18n';
import classes from '../backoffice.module.css';
import { GateCard } from './GateCard';

/** Shown once, right after enrolment: the codes that open the second step when the phone is lost. */
export function RecoveryCodes({
  codes,
  onDone,
  inDialog = false,
}: {
  codes: string[];
  onDone: () => void;
  inDialog?: boolean;
}) {
  const t = useT();
  return (
    <GateCard title={t('bo.recovery.title')} lead={t('bo.recovery.lead')} inDialog={inDialog}>
      <Alert color="orange" variant="light" role="status">
        {t('bo.recovery.once')}
      </Alert>
      <ul className={classes.recoveryList} aria-label={t('bo.recovery.title')}>
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <Group gap="sm">
        <CopyButton value={codes.join('\n')}>
          {({ copied, copy }) => (
            <Button variant="light" onClick={copy}>
              {copied ? t('common.copied') : t('bo.recovery.copy')}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" onClick={() => window.print()}>
          {t('bo.recovery.print')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('bo.recovery.hint')}
      </Text>
      <Stack>
        <Button onClick={onDone} fullWidth>
          {t('bo.recovery.done')}
        </Button>
      </Stack>
    </GateCard>
  );
}
