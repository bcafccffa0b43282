import { ActionIcon, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Eform } from '../../../../contracts/catalog';
import { type MessageKey, useLang, useT } from '../../../i18n';
import classes from '../catalog.module.css';
import {
  addField,
  addGroup,
  isGroup,
  readField,
  readGroup,
  readSection,
  removeField,
  writeField,
  writeGroup,
} from '../eform-model';
import {
  addSection,
  moveField,
  moveSection,
  moveToSection,
  removeSection,
  sectionIdFrom,
  writeSection,
} from '../eform-sections';
import { FieldDialog, type FieldDialogState } from './FieldDialog';
import { GroupDialog, type GroupDialogState } from './GroupDialog';
import { SectionDialog } from './SectionDialog';

type Props = { eform: Eform; onChange: (next: Eform) => void; problemsAt: (path: string) => string[] };

/** The e-form as sections of fields: add, change, order and remove them; no JSON. */
export function FieldsEditor({ eform, onChange, problemsAt }: Props) {
  const t = useT();
  const { lang } = useLang();
  const [field, setField] = useState<FieldDialogState | null>(null);
  const [group, setGroup] = useState<GroupDialogState | null>(null);
  const [section, setSection] = useState<{ id: string | null } | null>(null);
  const sections = eform.ui.sections;

  const sectionOf = (path: string) => sections.find((s) => s.fields.includes(path))?.id ?? null;
  const label = (path: string) => eform.ui.fields[path]?.label[lang] ?? path;

  const row = (path: string, index: number, count: number, nested: boolean) => {
    const g = isGroup(eform, path);
    const hints = eform.ui.fields[path];
    const spec = g ? null : readField(eform, path);
    const problems = problemsAt(path);
    const name = label(path);
    return (
      <Paper
        key={path}
        withBorder
        radius="sm"
        p="xs"
        className={nested ? classes.nestedRow : classes.fieldRow}
      >
        <div className={classes.rowHead}>
          <div className={classes.rowInfo}>
            <Text size="sm" fw={600}>
              {name}
            </Text>
            <Group gap={6} mt={2}>
              <code className={classes.code}>{path}</code>
              <Badge size="xs" variant="light" color="navy" tt="none">
                {g ? t('cat.fe.kind.group') : t(`cat.fe.kind.${spec!.kind}` as MessageKey)}
              </Badge>
              {(g ? readGroup(eform, path).required : spec!.required) ? (
                <Badge size="xs" variant="light" color="flagRed" tt="none">
                  {t('cat.fe.badge.required')}
                </Badge>
              ) : null}
              {hints?.visibleIf ? (
                <Badge size="xs" variant="light" color="orange" tt="none">
                  {t('cat.fe.badge.conditional', { field: label(hints.visibleIf.field) })}
                </Badge>
              ) : null}
            </Group>
            {problems.map((p) => (
              <Text key={p} size="xs" c="flagRed.7" role="alert">
                {p}
              </Text>
            ))}
          </div>
          <RowActions
            name={name}
            index={index}
            count={count}
            onMove={(by) => onChange(moveField(eform, path, by))}
            onEdit={() =>
              g
                ? setGroup({ mode: 'edit', spec: readGroup(eform, path) })
                : setField({ mode: 'edit', spec: spec!, section: sectionOf(path) })
            }
            onRemove={() => {
              if (window.confirm(t(g ? 'cat.fe.confirmRemoveGroup' : 'cat.fe.confirmRemove', { item: name })))
                onChange(removeField(eform, path));
            }}
          />
        </div>
        {g ? (
          <Stack gap={6} mt="xs" pl="md">
            {hints!.group!.fields.map((p, i, all) => row(p, i, all.length, true))}
            <div>
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => setField({ mode: 'new', place: { group: path } })}
              >
                {t('cat.fe.addToGroup', { group: name })}
              </Button>
            </div>
          </Stack>
        ) : null}
      </Paper>
    );
  };

  return (
    <Stack gap="md">
      {sections.map((s, i) => (
        <Paper
          key={s.id}
          withBorder
          radius="md"
          p="sm"
          className={classes.item}
          component="section"
          aria-label={s.title[lang]}
        >
          <Group justify="space-between" gap="xs" wrap="nowrap" mb="xs" align="flex-start">
            <div>
              <Text fw={700} c="navy.8">
                {i + 1}. {s.title[lang]}
              </Text>
              {s.visibleIf ? (
                <Badge size="xs" variant="light" color="orange" tt="none">
                  {t('cat.fe.badge.conditional', { field: label(s.visibleIf.field) })}
                </Badge>
              ) : null}
              {problemsAt(`section:${s.id}`).map((p) => (
                <Text key={p} size="xs" c="flagRed.7" role="alert">
                  {p}
                </Text>
              ))}
            </div>
            <RowActions
              name={s.title[lang]}
              index={i}
              count={sections.length}
              onMove={(by) => onChange(moveSection(eform, s.id, by))}
              onEdit={() => setSection({ id: s.id })}
              onRemove={() => {
                if (window.confirm(t('cat.fe.confirmRemoveSection', { item: s.title[lang] })))
                  onChange(removeSection(eform, s.id));
              }}
              canRemove={sections.length > 1}
            />
          </Group>
          <Stack gap={6}>{s.fields.map((p, j) => row(p, j, s.fields.length, false))}</Stack>
          <Group gap="xs" mt="sm">
            <Button
              size="xs"
              variant="light"
              onClick={() => setField({ mode: 'new', place: { section: s.id } })}
            >
              {t('cat.fe.addField')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setGroup({ mode: 'new', section: s.id })}>
              {t('cat.fe.addGroup')}
            </Button>
          </Group>
        </Paper>
      ))}
      <div>
        <Button variant="light" onClick={() => setSection({ id: null })}>
          {t('cat.fe.addSection')}
        </Button>
      </div>
      {field ? (
        <FieldDialog
          eform={eform}
          state={field}
          onClose={() => setField(null)}
          onSave={(spec, key, target) => {
            let next =
              field.mode === 'new' ? addField(eform, field.place, key!, spec) : writeField(eform, spec);
            if (field.mode === 'edit' && target && target !== field.section)
              next = moveToSection(next, spec.path, target);
            onChange(next);
            setField(null);
          }}
        />
      ) : null}
      {group ? (
        <GroupDialog
          eform={eform}
          state={group}
          onClose={() => setGroup(null)}
          onCreate={(sectionId, key, firstKey) => {
            onChange(addGroup(eform, sectionId, key, firstKey));
            setGroup(null);
          }}
          onSave={(spec) => {
            onChange(writeGroup(eform, spec));
            setGroup(null);
          }}
        />
      ) : null}
      {section ? (
        <SectionDialog
          eform={eform}
          spec={section.id ? readSection(eform, section.id) : null}
          onClose={() => setSection(null)}
          onSave={(spec, firstKey) => {
            if (spec.id) onChange(writeSection(eform, { ...spec, id: spec.id }));
            else {
              const id = sectionIdFrom(eform, spec.title.vi);
              const added = addSection(eform, id, spec.title, firstKey!);
              onChange(writeSection(added, { ...spec, id }));
            }
            setSection(null);
          }}
        />
      ) : null}
    </Stack>
  );
}

/** Up, down, edit and remove for one row (a field, a group or a section), each named for a screen reader. */
function RowActions({
  name,
  index,
  count,
  onMove,
  onEdit,
  onRemove,
  canRemove = true,
}: {
  name: string;
  index: number;
  count: number;
  onMove: (by: -1 | 1) => void;
  onEdit: () => void;
  onRemove: () => void;
  canRemove?: boolean;
}) {
  const t = useT();
  return (
    <Group gap={2} wrap="nowrap">
      <ActionIcon
        variant="subtle"
        disabled={index === 0}
        onClick={() => onMove(-1)}
        aria-label={t('cat.list.up', { item: name })}
      >
        ↑
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        disabled={index === count - 1}
        onClick={() => onMove(1)}
        aria-label={t('cat.list.down', { item: name })}
      >
        ↓
      </ActionIcon>
      <Button
        size="compact-sm"
        variant="subtle"
        onClick={onEdit}
        aria-label={t('cat.fe.editItem', { item: name })}
      >
        {t('cat.fe.edit')}
      </Button>
      <Button
        size="compact-sm"
        variant="subtle"
        color="flagRed"
        disabled={!canRemove}
        onClick={onRemove}
        aria-label={t('cat.list.removeItem', { item: name })}
      >
        {t('cat.list.remove')}
      </Button>
    </Group>
  );
}
