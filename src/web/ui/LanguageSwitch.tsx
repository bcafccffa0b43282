import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useLang, useT } from '../i18n';
import { isLang } from '../i18n/messages';

/** VI / EN toggle: short codes on screen, full language names for screen readers. */
export function LanguageSwitch() {
  const { lang, setLang } = useLang();
  const t = useT();
  const option = (code: string, full: string, value: 'vi' | 'en') => ({
    value,
    label: (
      <>
        <span aria-hidden="true" lang={value}>
          {code}
        </span>
        <VisuallyHidden lang={value}>{full}</VisuallyHidden>
      </>
    ),
  });
  return (
    <SegmentedControl
      aria-label={t('lang.label')}
      size="xs"
      radius="xl"
      value={lang}
      onChange={(value) => isLang(value) && setLang(value)}
      data={[option('VI', t('lang.vi'), 'vi'), option('EN', t('lang.en'), 'en')]}
    />
  );
}
