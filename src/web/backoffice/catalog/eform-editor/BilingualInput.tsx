import { SimpleGrid, TextInput } from '@mantine/core';
import type { LocalizedText } from '../../../../contracts/catalog';
import { useT } from '../../../i18n';

/** A text in Vietnamese and English, side by side (stacked on a phone). Blank both = none. */
export function BilingualInput({
  label,
  value,
  onChange,
  required = false,
  error,
}: {
  label: string;
  value: LocalizedText | null;
  onChange: (next: LocalizedText | null) => void;
  required?: boolean;
  error?: string | undefined;
}) {
  const t = useT();
  const v = value ?? { vi: '', en: '' };
  const set = (lang: 'vi' | 'en', text: string) => {
    const next = { ...v, [lang]: text };
    onChange(!required && !next.vi.trim() && !next.en.trim() ? null : next);
  };
  const missing = (lang: 'vi' | 'en') =>
    (required || v.vi.trim() || v.en.trim()) && !v[lang].trim() ? t('cat.fe.needBoth') : undefined;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput
        label={`${label} (${t('cat.fe.vi')})`}
        value={v.vi}
        onChange={(e) => set('vi', e.currentTarget.value)}
        withAsterisk={required}
        error={missing('vi') ?? error}
        lang="vi"
      />
      <TextInput
        label={`${label} (${t('cat.fe.en')})`}
        value={v.en}
        onChange={(e) => set('en', e.currentTarget.value)}
        withAsterisk={required}
        error={missing('en')}
        lang="en"
      />
    </SimpleGrid>
  );
}

/** Whether a required bilingual text is filled in both languages (an optional one may be null). */
export const bilingualOk = (v: LocalizedText | null, required: boolean) =>
  v === null ? !required : v.vi.trim() !== '' && v.en.trim() !== '';
