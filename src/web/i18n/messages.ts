import { en } from './en';
import { type MessageKey, vi } from './vi';

export type { MessageKey };
export type Lang = 'vi' | 'en';
export type MessageParams = Record<string, string | number>;

export const LANGS: readonly Lang[] = ['vi', 'en'];
export const DEFAULT_LANG: Lang = 'vi';
export const catalogues: Record<Lang, Record<MessageKey, string>> = { vi, en };

/** BCP 47 locale used for numbers and dates in each language. */
export const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}

/** Fills `{name}` placeholders; an unknown placeholder is left visible on purpose. */
export function fillPlaceholders(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Looks a key up and fills its placeholders. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return fillPlaceholders(catalogues[lang][key], params);
}
