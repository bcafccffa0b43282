import { Alert, Button, Group, TextInput } from '@mantine/core';
import type { LocalizedText } from '../../../../contracts/catalog';
import { useLang, useT } from '../../../i18n';

// Parts shared by the e-form editor's field, group and section dialogs.

/** A NumberInput's value as a limit: blank is no limit. */
export const num = (v: string | number) => (typeof v === 'number' ? v : null);

/** A new field's or group's key; its problem shows once typed in, or after a first try to save. */
export function KeyInput({
  label,
  description,
  value,
  onChange,
  problem,
  tried,
  autoFocus = false,
}: {
  label: string;
  description: string;
  value: string;
  onChange: (value: string) => void;
  problem: LocalizedText | null;
  tried: boolean;
  autoFocus?: boolean;
}) {
  const { lang } = useLang();
  return (
    <TextInput
      label={label}
      description={description}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={(tried || value) && problem ? problem[lang] : undefined}
      withAsterisk
      data-autofocus={autoFocus || undefined}
      spellCheck={false}
      autoComplete="off"
    />
  );
}

/** What still stops the save (after a first try), then Cancel and the dialog's own button. */
export function DialogFooter({
  problems,
  tried,
  onCancel,
  onConfirm,
  confirmLabel,
}: {
  problems: string[];
  tried: boolean;
  onCancel: () => void;
  onConfirm: () => void;
  confirmLabel: string;
}) {
  const t = useT();
  return (
    <>
      {tried && problems.length ? (
        <Alert color="flagRed" variant="light" role="alert">
          {problems.map((p) => (
            <div key={p}>{p}</div>
          ))}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('cat.fe.cancel')}
        </Button>
        <Button onClick={onConfirm}>{confirmLabel}</Button>
      </Group>
    </>
  );
}
