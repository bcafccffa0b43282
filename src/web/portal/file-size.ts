import { type Lang, LOCALES } from '../i18n/messages';

/** "850 KB", "1,2 MB" (the reader's decimal mark). */
export function fileSize(bytes: number, lang: Lang): string {
  const format = (n: number, digits: number) =>
    new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits }).format(n);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024, 0)} KB`;
  return `${format(bytes / (1024 * 1024), 1)} MB`;
}
