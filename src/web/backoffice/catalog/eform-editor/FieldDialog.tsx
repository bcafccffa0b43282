import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import type { Eform } from '../../../../contracts/catalog';
import { type MessageKey, useLang, useT } from '../../../i18n';
import {
  blankField,
  FIELD_KINDS,
  type FieldKind,
  type FieldSpec,
  keyProblem,
  type Place,
} from '../eform-model';
import { BilingualInput, bilingualOk } from './BilingualInput';
import { ConditionInput } from './ConditionInput';
import { DialogFooter, KeyInput, num } from './DialogParts';

export type FieldDialogState =
  | { mode: 'new'; place: Place }
  | { mode: 'edit'; spec: FieldSpec; section: string | null };

const STRINGY: FieldKind[] = ['text', 'textarea'];
const NUMERIC: FieldKind[] = ['number', 'integer'];
const CHOICE: FieldKind[] = ['select', 'radio'];

/** Adds a field, or changes one: kind, labels, help, requirement, limits, choices, condition. */
export function FieldDialog({
  eform,
  state,
  onClose,
  onSave,
}: {
  eform: Eform;
  state: FieldDialogState;
  onClose: () => void;
  onSave: (spec: FieldSpec, key: string | null, section: string | null) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const isNew = state.mode === 'new';
  const group = isNew
    ? 'group' in state.place
      ? state.place.group
      : null
    : state.spec.path.includes('[]')
      ? state.spec.path.slice(0, state.spec.path.lastIndexOf('[]'))
      : null;
  const [spec, setSpec] = useState<FieldSpec>(isNew ? blankField('') : state.spec);
  const [key, setKey] = useState('');
  const [section, setSection] = useState(isNew ? null : state.section);
  const [tried, setTried] = useState(false);
  const set = <K extends keyof FieldSpec>(k: K, v: FieldSpec[K]) => setSpec((s) => ({ ...s, [k]: v }));
  const changeKind = (kind: FieldKind) =>
    setSpec((s) => {
      const base = blankField(s.path, kind);
      return {
        ...base,
        label: s.label,
        help: s.help,
        required: s.required,
        visibleIf: s.visibleIf,
        options: CHOICE.includes(kind) && s.options.length ? s.options : base.options,
      };
    });

  const keyError = isNew ? keyProblem(eform, state.place, key.trim()) : null;
  const problems = [
    keyError ? keyError[lang] : null,
    bilingualOk(spec.label, true) ? null : t('cat.fe.labelMissing'),
    CHOICE.includes(spec.kind) && !spec.options.length ? t('cat.fe.optionsMissing') : null,
    CHOICE.includes(spec.kind) &&
    new Set(spec.options.map((o) => String(o.value))).size !== spec.options.length
      ? t('cat.fe.optionsDuplicate')
      : null,
    spec.options.some((o) => !bilingualOk(o.label, true) || String(o.value ?? '').trim() === '')
      ? t('cat.fe.optionIncomplete')
      : null,
  ].filter((p): p is string => p !== null);

  const save = () => {
    setTried(true);
    if (problems.length) return;
    onSave(spec, isNew ? key.trim() : null, section);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={isNew ? t('cat.fe.newField') : t('cat.fe.editField', { key: state.spec.path })}
    >
      <Stack gap="md">
        {isNew ? (
          <KeyInput
            label={t('cat.fe.key')}
            description={t(group ? 'cat.fe.keyHelpGroup' : 'cat.fe.keyHelp')}
            value={key}
            onChange={setKey}
            problem={keyError}
            tried={tried}
            autoFocus
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('cat.fe.keyLocked', { key: state.spec.path })}
          </Text>
        )}
        <NativeSelect
          label={t('cat.fe.kind')}
          value={spec.kind}
          onChange={(e) => changeKind(e.currentTarget.value as FieldKind)}
          data={FIELD_KINDS.map((k) => ({ value: k, label: t(`cat.fe.kind.${k}` as MessageKey) }))}
        />
        <BilingualInput
          label={t('cat.fe.label')}
          value={spec.label}
          onChange={(v) => v && set('label', v)}
          required
        />
        <BilingualInput label={t('cat.fe.help')} value={spec.help} onChange={(v) => set('help', v)} />
        <Checkbox
          label={spec.kind === 'confirm' ? t('cat.fe.requiredConfirm') : t('cat.fe.required')}
          checked={spec.required}
          onChange={(e) => set('required', e.currentTarget.checked)}
        />
        {STRINGY.includes(spec.kind) ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NumberInput
              label={t('cat.fe.minLength')}
              min={0}
              allowDecimal={false}
              value={spec.minLength ?? ''}
              onChange={(v) => set('minLength', num(v))}
            />
            <NumberInput
              label={t('cat.fe.maxLength')}
              min={1}
              allowDecimal={false}
              value={spec.maxLength ?? ''}
              onChange={(v) => set('maxLength', num(v))}
            />
            <TextInput
              label={t('cat.fe.pattern')}
              description={t('cat.fe.patternHelp')}
              value={spec.pattern ?? ''}
              onChange={(e) => set('pattern', e.currentTarget.value || null)}
              spellCheck={false}
              style={{ gridColumn: '1 / -1' }}
            />
          </SimpleGrid>
        ) : null}
        {spec.pattern && STRINGY.includes(spec.kind) ? (
          <BilingualInput
            label={t('cat.fe.patternMessage')}
            value={spec.patternMessage}
            onChange={(v) => set('patternMessage', v)}
          />
        ) : null}
        {NUMERIC.includes(spec.kind) ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NumberInput
              label={t('cat.fe.minimum')}
              value={spec.minimum ?? ''}
              onChange={(v) => set('minimum', num(v))}
            />
            <NumberInput
              label={t('cat.fe.maximum')}
              value={spec.maximum ?? ''}
              onChange={(v) => set('maximum', num(v))}
            />
          </SimpleGrid>
        ) : null}
        {CHOICE.includes(spec.kind) ? (
          <OptionsEditor options={spec.options} onChange={(o) => set('options', o)} />
        ) : null}
        <ConditionInput
          eform={eform}
          self={isNew ? null : state.spec.path}
          group={group}
          value={spec.visibleIf}
          onChange={(v) => set('visibleIf', v)}
        />
        {!group && !isNew ? (
          <NativeSelect
            label={t('cat.fe.section')}
            value={section ?? ''}
            onChange={(e) => setSection(e.currentTarget.value)}
            data={eform.ui.sections.map((s) => ({ value: s.id, label: s.title[lang] }))}
          />
        ) : null}
        <DialogFooter
          problems={problems}
          tried={tried}
          onCancel={onClose}
          onConfirm={save}
          confirmLabel={isNew ? t('cat.fe.add') : t('cat.fe.apply')}
        />
      </Stack>
    </Modal>
  );
}

function OptionsEditor({
  options,
  onChange,
}: {
  options: FieldSpec['options'];
  onChange: (next: FieldSpec['options']) => void;
}) {
  const t = useT();
  const setAt = (i: number, next: FieldSpec['options'][number]) =>
    onChange(options.map((o, j) => (j === i ? next : o)));
  const move = (i: number, j: number) => {
    if (j < 0 || j >= options.length) return;
    const copy = [...options];
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    onChange(copy);
  };
  return (
    <Stack gap="xs">
      <Text fw={700} size="sm">
        {t('cat.fe.options')}
      </Text>
      {options.map((o, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: choices are edited in place, values may repeat while typed
        <Paper key={i} withBorder p="xs" radius="md">
          <Group align="flex-end" gap="xs" wrap="wrap">
            <TextInput
              label={t('cat.fe.optionValue')}
              w={120}
              value={o.value === null ? '' : String(o.value)}
              onChange={(e) => setAt(i, { ...o, value: e.currentTarget.value })}
              spellCheck={false}
            />
            <TextInput
              label={t('cat.fe.optionVi')}
              style={{ flex: '1 1 160px' }}
              value={o.label.vi}
              onChange={(e) => setAt(i, { ...o, label: { ...o.label, vi: e.currentTarget.value } })}
              lang="vi"
            />
            <TextInput
              label={t('cat.fe.optionEn')}
              style={{ flex: '1 1 160px' }}
              value={o.label.en}
              onChange={(e) => setAt(i, { ...o, label: { ...o.label, en: e.currentTarget.value } })}
              lang="en"
            />
            <Group gap={2} wrap="nowrap">
              <ActionIcon
                variant="subtle"
                disabled={i === 0}
                onClick={() => move(i, i - 1)}
                aria-label={t('cat.fe.optionUp', { n: i + 1 })}
              >
                ↑
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                disabled={i === options.length - 1}
                onClick={() => move(i, i + 1)}
                aria-label={t('cat.fe.optionDown', { n: i + 1 })}
              >
                ↓
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="flagRed"
                onClick={() => onChange(options.filter((_, j) => j !== i))}
                aria-label={t('cat.fe.optionRemove', { n: i + 1 })}
              >
                ×
              </ActionIcon>
            </Group>
          </Group>
        </Paper>
      ))}
      <div>
        <Button
          variant="light"
          size="xs"
          onClick={() =>
            onChange([...options, { value: `lua-chon-${options.length + 1}`, label: { vi: '', en: '' } }])
          }
        >
          {t('cat.fe.optionAdd')}
        </Button>
      </div>
    </Stack>
  );
}
