import { Checkbox, Modal, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import type { Eform } from '../../../../contracts/catalog';
import { useT } from '../../../i18n';
import { type GroupSpec, KEY_PATTERN, keyProblem } from '../eform-model';
import { BilingualInput, bilingualOk } from './BilingualInput';
import { ConditionInput } from './ConditionInput';
import { DialogFooter, KeyInput, num } from './DialogParts';

export type GroupDialogState = { mode: 'new'; section: string } | { mode: 'edit'; spec: GroupSpec };

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
          <KeyInput
            label={t('cat.fe.groupKey')}
            description={t('cat.fe.groupKeyHelp')}
            value={key}
            onChange={setKey}
            problem={keyError}
            tried={tried}
            autoFocus
          />
          <KeyInput
            label={t('cat.fe.firstKey')}
            description={t('cat.fe.keyHelpGroup')}
            value={firstKey}
            onChange={setFirstKey}
            problem={firstError}
            tried={tried}
          />
          <DialogFooter
            problems={[]}
            tried={tried}
            onCancel={onClose}
            onConfirm={create}
            confirmLabel={t('cat.fe.add')}
          />
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
        <DialogFooter
          problems={problems}
          tried={tried}
          onCancel={onClose}
          onConfirm={save}
          confirmLabel={t('cat.fe.apply')}
        />
      </Stack>
    </Modal>
  );
}
