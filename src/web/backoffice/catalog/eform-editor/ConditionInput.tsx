import { Checkbox, Group, NativeSelect, TextInput } from '@mantine/core';
import type { Eform } from '../../../../contracts/catalog';
import { useLang, useT } from '../../../i18n';
import { type Condition, conditionTargets, readField } from '../eform-model';

/**
 * "Chỉ hiện khi trường X = giá trị": a field of the same level, and one of its values (its choices for
 * a list, yes/no for a box, typed text otherwise).
 */
export function ConditionInput({
  eform,
  self,
  group,
  value,
  onChange,
}: {
  eform: Eform;
  /** The field being edited (it cannot depend on itself); null for a section or a new field. */
  self: string | null;
  group: string | null;
  value: Condition | null;
  onChange: (next: Condition | null) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const targets = conditionTargets(eform, self, group);
  const target = value ? readField(eform, value.field) : null;
  const pick = (field: string) => {
    if (!field) return onChange(null);
    const spec = readField(eform, field);
    const first = spec.kind === 'checkbox' || spec.kind === 'confirm' ? true : (spec.options[0]?.value ?? '');
    onChange({ field, equals: first });
  };
  return (
    <div>
      <Checkbox
        label={t('cat.fe.conditional')}
        description={t('cat.fe.conditionalHelp')}
        checked={value !== null}
        disabled={!targets.length}
        onChange={(e) => (e.currentTarget.checked ? pick(targets[0] ?? '') : onChange(null))}
      />
      {value && target ? (
        <Group grow align="flex-start" mt="xs" gap="sm">
          <NativeSelect
            label={t('cat.fe.whenField')}
            value={value.field}
            onChange={(e) => pick(e.currentTarget.value)}
            data={targets.map((p) => ({ value: p, label: `${eform.ui.fields[p]?.label[lang] ?? p} (${p})` }))}
          />
          {target.kind === 'checkbox' || target.kind === 'confirm' ? (
            <NativeSelect
              label={t('cat.fe.equals')}
              value={String(value.equals)}
              onChange={(e) => onChange({ ...value, equals: e.currentTarget.value === 'true' })}
              data={[
                { value: 'true', label: t('cat.fe.ticked') },
                { value: 'false', label: t('cat.fe.notTicked') },
              ]}
            />
          ) : target.options.length ? (
            <NativeSelect
              label={t('cat.fe.equals')}
              value={String(target.options.findIndex((o) => o.value === value.equals))}
              onChange={(e) =>
                onChange({ ...value, equals: target.options[Number(e.currentTarget.value)]?.value ?? null })
              }
              data={target.options.map((o, i) => ({ value: String(i), label: o.label[lang] }))}
            />
          ) : (
            <TextInput
              label={t('cat.fe.equals')}
              value={value.equals === null ? '' : String(value.equals)}
              onChange={(e) => onChange({ ...value, equals: e.currentTarget.value })}
            />
          )}
        </Group>
      ) : null}
    </div>
  );
}
