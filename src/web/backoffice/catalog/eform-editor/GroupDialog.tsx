import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import type { Eform } from '../../../../contracts/catalog';
import { useLang, useT } from '../../../i18n';
import { type GroupSpec, KEY_PATTERN, keyProblem } from '../eform-model';
import { BilingualInput, bilingualOk } from './BilingualInput';
import { ConditionInput } from './ConditionInput';

export type GroupDialogState = { mode: 'new'; section: string } | { mode: 'edit'; spec: GroupSpec };
const num = (v: string | number) => (typeof v === 'number' ? v : null);

/**
 * A repeating group (several children, several copies …): a new one needs its key and its first
 * field's key; then its labels, the number of items allowed, and its condition.
 */
export function GroupDialog({
  eform,
  state,
  onClose,
  onCreate,
  onSave,
}: {
  eform: Eform;
  state: GroupDialogState;
  onClose: () => void;
  onCreate: (section: string, key: string, firstKey: string) => void;
  onSave: (spec: GroupSpec) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const [key, setKey] = useState('');
  const [firstKey, setFirstKey] = useState('');
  const [spec, setSpec] = useState<GroupSpec | null>(state.mode === 'edit' ? state.spec : null);
  const [tried, setTried] = useState(false);
  const set = <K extends keyof GroupSpec>(k: K, v: GroupSpec[K]) =>
    setSpec((s) => (s ? { ...s, [k]: v } : s));

  if (state.mode === 'new') {
    const keyError = keyProblem(eform, { section: state.section }, key.trim());
    const firstError =
      key && !keyError
        ? keyProblem(eform, { group: key.trim() }, firstKey.trim())
        : KEY_PATTERN.test(firstKey.trim())
          ? null
          : keyProblem(eform, { group: '_' }, firstKey.trim());
    const create = () => {
      setTried(true);
      if (keyError || firstError) return;
      onCreate(state.section, key.trim(), firstKey.trim());
    };
    return (
      <Modal opened onClose={onClose} size="lg" title={t('cat.fe.newGroup')}>
        <Stack gap="md">
          <TextInput
            label={t('cat.fe.groupKey')}
            description={t('cat.fe.groupKeyHelp')}
            value={key}
            onChange={(e) => setKey(e.currentTarget.value)}
            error={(tried || key) && keyError ? keyError[lang] : undefined}
            withAsterisk
            data-autofocus
            spellCheck={false}
            autoComplete="off"
          />
          <TextInput
            label={t('cat.fe.firstKey')}
            description={t('cat.fe.keyHelpGroup')}
            value={firstKey}
            onChange={(e) => setFirstKey(e.currentTarget.value)}
            error={(tried || firstKey) && firstError ? firstError[lang] : undefined}
            withAsterisk
            spellCheck={false}
            autoComplete="off"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('cat.fe.cancel')}
            </Button>
            <Button onClick={create}>{t('cat.fe.add')}</Button>
          </Group>
        </Stack>
      </Modal>
    );
  }

  if (!spec) return null;
  const problems = [
    bilingualOk(spec.label, true) && bilingualOk(spec.itemLabel, true) && bilingualOk(spec.addLabel, true)
      ? null
      : t('cat.fe.labelMissing'),
    spec.minItems !== null && spec.maxItems !== null && spec.minItems > spec.maxItems
      ? t('cat.fe.itemsOrder')
      : null,
  ].filter((p): p is string => p !== null);
  const save = () => {
    setTried(true);
    if (!problems.length) onSave(spec);
  };
  return (
    <Modal opened onClose={onClose} size="lg" title={t('cat.fe.editGroup', { key: spec.path })}>
      <Stack gap="md">
        <BilingualInput
          label={t('cat.fe.groupLabel')}
          value={spec.label}
          onChange={(v) => v && set('label', v)}
          required
        />
        <BilingualInput
          label={t('cat.fe.itemLabel')}
          value={spec.itemLabel}
          onChange={(v) => v && set('itemLabel', v)}
          required
        />
        <BilingualInput
          label={t('cat.fe.addLabel')}
          value={spec.addLabel}
          onChange={(v) => v && set('addLabel', v)}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NumberInput
            label={t('cat.fe.minItems')}
            min={0}
            allowDecimal={false}
            value={spec.minItems ?? ''}
            onChange={(v) => set('minItems', num(v))}
          />
          <NumberInput
            label={t('cat.fe.maxItems')}
            min={1}
            allowDecimal={false}
            value={spec.maxItems ?? ''}
            onChange={(v) => set('maxItems', num(v))}
          />
        </SimpleGrid>
        <Checkbox
          label={t('cat.fe.groupRequired')}
          checked={spec.required}
          onChange={(e) => set('required', e.currentTarget.checked)}
        />
        <ConditionInput
          eform={eform}
          self={spec.path}
          group={null}
          value={spec.visibleIf}
          onChange={(v) => set('visibleIf', v)}
        />
        {tried && problems.length ? (
          <Alert color="flagRed" variant="light" role="alert">
            {problems.map((p) => (
              <div key={p}>{p}</div>
            ))}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cat.fe.cancel')}
          </Button>
          <Button onClick={save}>{t('cat.fe.apply')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
