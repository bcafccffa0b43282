import { staffRoleLabels } from '../../contracts/identity';
import type { Lang } from '../i18n';
import { LOCALES } from '../i18n/messages';

/** Lower case without diacritics, for matching "dong cuong" against "Đông Cương". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .trim();
}

/** Everyone in Việt Nam reads times in Asia/Ho_Chi_Minh, whatever the browser's zone. */
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export function formatDateTime(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: VN_TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function formatDate(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: VN_TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(iso));
}

export function roleLabel(role: string, lang: Lang): string {
  return role in staffRoleLabels ? staffRoleLabels[role as keyof typeof staffRoleLabels][lang] : role;
}

/** Two letters for an avatar: first and last word of a Vietnamese name ("Nguyễn Văn An" → "NA"). */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  return (words.length > 1 ? `${words[0]?.[0] ?? ''}${last[0] ?? ''}` : last.slice(0, 2)).toUpperCase();
}

/** Today's date in Việt Nam as YYYY-MM-DD (the browser's own zone may differ). */
export function todayInVietnam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: VN_TIME_ZONE }).format(new Date());
}
