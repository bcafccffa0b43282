import { ActionIcon, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useT } from '../../i18n';
import classes from './catalog.module.css';

type Props<T> = {
  items: T[];
  onChange: (items: T[]) => void;
  blank: () => T;
  /** "Phí 2", "Giấy tờ 3": names each item for screen readers and the eye. */
  itemLabel: (index: number) => string;
  addLabel: string;
  emptyLabel: string;
  render: (item: T, index: number) => ReactNode;
};

/** A list the official edits item by item: add, remove, move up or down. */
export function RepeatList<T>({ items, onChange, blank, itemLabel, addLabel, emptyLabel, render }: Props<T>) {
  const t = useT();
  const idBase = useId();
  const move = (from: number, to: number) => {
    const next = [...items];
    const [item] = next.splice(from, 1);
    if (item !== undefined) next.splice(to, 0, item);
    onChange(next);
  };
  return (
    <Stack gap="sm">
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {emptyLabel}
        </Text>
      ) : null}
      {items.map((item, index) => (
        <Paper
          // Items have no identity of their own; the index is what the server's messages name too.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          key={index}
          withBorder
          radius="md"
          className={classes.item}
          component="fieldset"
          aria-labelledby={`${idBase}-${index}`}
        >
          <Group justify="space-between" gap="xs" mb="xs" wrap="nowrap">
            <span id={`${idBase}-${index}`} className={classes.itemLegend}>
              {itemLabel(index)}
            </span>
            <Group gap={4} wrap="nowrap">
              <ActionIcon
                variant="subtle"
                disabled={index === 0}
                onClick={() => move(index, index - 1)}
                aria-label={t('cat.list.up', { item: itemLabel(index) })}
              >
                ↑
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                disabled={index === items.length - 1}
                onClick={() => move(index, index + 1)}
                aria-label={t('cat.list.down', { item: itemLabel(index) })}
              >
                ↓
              </ActionIcon>
              <Button
                size="compact-sm"
                variant="subtle"
                color="flagRed"
                onClick={() => onChange(items.filter((_, i) => i !== index))}
                aria-label={t('cat.list.removeItem', { item: itemLabel(index) })}
              >
                {t('cat.list.remove')}
              </Button>
            </Group>
          </Group>
          {render(item, index)}
        </Paper>
      ))}
      <div>
        <Button variant="light" onClick={() => onChange([...items, blank()])}>
          {addLabel}
        </Button>
      </div>
    </Stack>
  );
}
