import type { Lang } from '../../i18n';
import { LOCALES } from '../../i18n/messages';
import { VN_TIME_ZONE } from '../../ui/text';

/** 08:30, in Việt Nam whatever the browser's zone. */
export const timeOf = (lang: Lang, iso: string) =>
  new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: VN_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));

/** "Thứ Hai, 30/11/2026" from an ISO date. */
export const dayLabel = (lang: Lang, date: string) =>
  new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: 'UTC',
    weekday: 'long',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(`${date}T00:00:00Z`));

/** "T2 30/11" for the day chips. */
export const shortDay = (lang: Lang, date: string) =>
  new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: 'UTC',
    weekday: 'short',
    day: '2-digit',
    month: '2-digit',
  }).format(new Date(`${date}T00:00:00Z`));

/** 08:30 – 09:00, Thứ Hai, 30/11/2026 */
export const slotLabel = (lang: Lang, startsAt: string, endsAt: string) => {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: VN_TIME_ZONE }).format(new Date(startsAt));
  return `${timeOf(lang, startsAt)} – ${timeOf(lang, endsAt)}, ${dayLabel(lang, date)}`;
};

export const vnd = (lang: Lang, amount: number) =>
  new Intl.NumberFormat(LOCALES[lang], {
    style: 'currency',
    currency: 'VND',
    maximumFractionDigits: 0,
  }).format(amount);
