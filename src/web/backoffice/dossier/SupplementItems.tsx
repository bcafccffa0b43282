import { Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n';
import type { Procedure } from '../desk/api';

const MAX_ITEMS = 20;
const MAX_CHARS = 500;

/**
 * The papers to bring or complete (Mẫu 02 lists them): ticked from the procedure's required papers,
 * or written in when the problem is something else.
 */
export function SupplementItems({
  procedure,
  value,
  onChange,
}: {
  procedure: Procedure | null;
  value: string[];
  onChange: (items: string[]) => void;
}) {
  const t = useT();
  const [other, setOther] = useState('');
  // The API takes at most 500 characters an item; a longer name is cut, its label shown whole.
  const papers = (procedure?.currentVersion?.documents ?? []).map((d) => ({
    value: d.name.length > MAX_CHARS ? `${d.name.slice(0, MAX_CHARS - 1)}…` : d.name,
    label: d.name,
  }));
  const extra = value.filter((v) => !papers.some((p) => p.value === v));
  const add = () => {
    const item = other.trim().slice(0, MAX_CHARS);
    if (!item || value.includes(item) || value.length >= MAX_ITEMS) return;
    onChange([...value, item]);
    setOther('');
  };
  return (
    <Stack gap="xs">
      <Checkbox.Group
        label={t('desk.supplement.items')}
        description={t('desk.supplement.itemsHelp')}
        value={value}
        onChange={onChange}
      >
        <Stack gap={6} mt={6}>
          {papers.map((p) => (
            <Checkbox
              key={p.value}
              value={p.value}
              label={p.label}
              styles={{ label: { fontSize: 'var(--mantine-font-size-sm)' } }}
            />
          ))}
          {extra.map((name) => (
            <Checkbox key={name} value={name} label={name} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label={t('desk.supplement.other')}
          value={other}
          onChange={(e) => setOther(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
          style={{ flex: 1 }}
          maxLength={MAX_CHARS}
        />
        <Button variant="light" onClick={add} disabled={!other.trim()}>
          {t('desk.supplement.add')}
        </Button>
      </Group>
      {!value.length ? (
        <Text size="xs" c="dimmed">
          {t('desk.supplement.noneTicked')}
        </Text>
      ) : null}
    </Stack>
  );
}
