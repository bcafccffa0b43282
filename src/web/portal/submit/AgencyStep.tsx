import { Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n';
import classes from './submit.module.css';

type Props = {
  agencies: { id: string; name: string }[];
  value: string | null;
  onChange: (id: string) => void;
  onNext: () => void;
};

/** Step 1: the agency that receives the dossier (the person's own commune is chosen for them). */
export function AgencyStep({ agencies, value, onChange, onNext }: Props) {
  const t = useT();
  const [missing, setMissing] = useState(false);
  return (
    <Stack gap="md">
      <Text c="dimmed">{t('submit.agency.lead')}</Text>
      <Radio.Group
        value={value}
        onChange={(id) => {
          onChange(id);
          setMissing(false);
        }}
        label={t('submit.agency.label')}
        error={missing ? t('submit.agency.required') : undefined}
        required
      >
        <Stack gap="xs" mt="xs">
          {agencies.map((a) => (
            <Radio.Card key={a.id} value={a.id} className={classes.choice} radius="md">
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator />
                <Text fw={600}>{a.name}</Text>
              </Group>
            </Radio.Card>
          ))}
        </Stack>
      </Radio.Group>
      <Group justify="flex-end">
        <Button
          size="md"
          onClick={() => {
            if (!value) {
              setMissing(true);
              return;
            }
            onNext();
          }}
        >
          {t('submit.next')}
        </Button>
      </Group>
    </Stack>
  );
}
