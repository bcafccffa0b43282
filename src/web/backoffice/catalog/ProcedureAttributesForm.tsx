import { Checkbox, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import type { z } from 'zod';
import {
  levelLabels,
  onlineLevelLabels,
  PROCEDURE_LEVELS,
  type ProcedureAttributes,
} from '../../../contracts/catalog';
import { useApi } from '../../api/useApi';
import { useLang, useT } from '../../i18n';
import { listFields } from './api';

export type Attributes = z.infer<typeof ProcedureAttributes>;

/**
 * A procedure's own attributes: name (Vietnamese and English), field (lĩnh vực), implementing levels,
 * online service level (NĐ 42/2022 Điều 11); and its code when it is new.
 */
export function ProcedureAttributesForm({
  value,
  onChange,
  code,
  error,
}: {
  value: Attributes;
  onChange: (next: Attributes) => void;
  /** The code input, for a new procedure. */
  code?: { value: string; onChange: (code: string) => void } | undefined;
  error: (path: string) => string | undefined;
}) {
  const t = useT();
  const { lang } = useLang();
  const fields = useApi((signal) => listFields(signal), 'fields');
  const set = <K extends keyof Attributes>(k: K, v: Attributes[K]) => onChange({ ...value, [k]: v });
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      {code ? (
        <TextInput
          label={t('cat.proc.code')}
          description={t('cat.proc.codeHelp')}
          placeholder="1.001193"
          value={code.value}
          onChange={(e) => code.onChange(e.currentTarget.value.trim())}
          error={error('code')}
          withAsterisk
          spellCheck={false}
          autoComplete="off"
        />
      ) : null}
      <NativeSelect
        label={t('cat.proc.field')}
        value={value.fieldCode}
        onChange={(e) => set('fieldCode', e.currentTarget.value)}
        error={error('fieldCode')}
        withAsterisk
        data={[
          { value: '', label: t('cat.proc.fieldChoose') },
          ...(fields.data ?? []).map((f) => ({ value: f.code, label: f.name })),
        ]}
      />
      <TextInput
        label={t('cat.proc.name')}
        value={value.name}
        onChange={(e) => set('name', e.currentTarget.value)}
        error={error('name')}
        withAsterisk
        lang="vi"
        style={{ gridColumn: '1 / -1' }}
      />
      <TextInput
        label={t('cat.proc.nameEn')}
        value={value.nameEn ?? ''}
        onChange={(e) => set('nameEn', e.currentTarget.value.trim() ? e.currentTarget.value : null)}
        error={error('nameEn')}
        lang="en"
        style={{ gridColumn: '1 / -1' }}
      />
      <Checkbox.Group
        label={t('cat.proc.levels')}
        value={value.levels}
        onChange={(v) => set('levels', v as Attributes['levels'])}
        error={error('levels')}
        withAsterisk
      >
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} mt={6}>
          {PROCEDURE_LEVELS.map((l) => (
            <Checkbox key={l} value={l} label={levelLabels[l][lang]} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <NativeSelect
        label={t('cat.proc.online')}
        value={value.onlineServiceLevel ?? ''}
        onChange={(e) =>
          set('onlineServiceLevel', (e.currentTarget.value || null) as Attributes['onlineServiceLevel'])
        }
        data={[
          { value: '', label: t('cat.proc.onlineNone') },
          { value: 'full', label: onlineLevelLabels.full[lang] },
          { value: 'partial', label: onlineLevelLabels.partial[lang] },
        ]}
      />
    </SimpleGrid>
  );
}
