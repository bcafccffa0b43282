import { Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import type { Eform, LocalizedText } from '../../../../contracts/catalog';
import { useLang, useT } from '../../../i18n';
import { keyProblem, type SectionSpec } from '../eform-model';
import { BilingualInput, bilingualOk } from './BilingualInput';
import { ConditionInput } from './ConditionInput';
import { DialogFooter, KeyInput } from './DialogParts';

/** A new section (with its first field, as a section is never empty) or a section's title and condition. */
export function SectionDialog({
  eform,
  spec,
  onClose,
  onSave,
}: {
  eform: Eform;
  /** null: a new section. */
  spec: SectionSpec | null;
  onClose: () => void;
  onSave: (spec: Omit<SectionSpec, 'id'> & { id: string | null }, firstKey: string | null) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const [title, setTitle] = useState<LocalizedText | null>(spec?.title ?? null);
  const [description, setDescription] = useState(spec?.description ?? null);
  const [visibleIf, setVisibleIf] = useState(spec?.visibleIf ?? null);
  const [firstKey, setFirstKey] = useState('');
  const [tried, setTried] = useState(false);
  const keyError = spec ? null : keyProblem(eform, { section: '' }, firstKey.trim());
  const problems = [
    bilingualOk(title, true) ? null : t('cat.fe.titleMissing'),
    bilingualOk(description, false) ? null : t('cat.fe.needBoth'),
    keyError?.[lang] ?? null,
  ].filter((p): p is string => p !== null);
  const save = () => {
    setTried(true);
    if (problems.length || !title) return;
    onSave({ id: spec?.id ?? null, title, description, visibleIf }, spec ? null : firstKey.trim());
  };
  return (
    <Modal opened onClose={onClose} size="lg" title={spec ? t('cat.fe.editSection') : t('cat.fe.newSection')}>
      <Stack gap="md">
        <BilingualInput label={t('cat.fe.sectionTitle')} value={title} onChange={setTitle} required />
        <BilingualInput
          label={t('cat.fe.sectionDescription')}
          value={description}
          onChange={setDescription}
        />
        {spec ? (
          <ConditionInput eform={eform} self={null} group={null} value={visibleIf} onChange={setVisibleIf} />
        ) : (
          <KeyInput
            label={t('cat.fe.firstKey')}
            description={t('cat.fe.keyHelp')}
            value={firstKey}
            onChange={setFirstKey}
            problem={keyError}
            tried={tried}
          />
        )}
        <DialogFooter
          problems={problems}
          tried={tried}
          onCancel={onClose}
          onConfirm={save}
          confirmLabel={spec ? t('cat.fe.apply') : t('cat.fe.add')}
        />
      </Stack>
    </Modal>
  );
}
