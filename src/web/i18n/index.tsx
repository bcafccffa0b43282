import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import {
  DEFAULT_LANG,
  fillPlaceholders,
  isLang,
  type Lang,
  type MessageKey,
  type MessageParams,
  translate,
} from './messages';

export type { Lang, MessageKey };

const STORAGE_KEY = 'cuaso.lang';

type LangContextValue = { lang: Lang; setLang: (lang: Lang) => void };
const LangContext = createContext<LangContextValue | null>(null);

function readStoredLang(): Lang {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLang(stored) ? stored : DEFAULT_LANG;
  } catch {
    // Storage can be disabled (private mode, strict settings): Vietnamese is the default anyway.
    return DEFAULT_LANG;
  }
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(readStoredLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisted; the choice still holds for this visit.
    }
  }, []);

  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangContextValue {
  const value = useContext(LangContext);
  if (!value) throw new Error('useLang must be used inside <LanguageProvider>');
  return value;
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** `const t = useT(); t('portal.nav.track')` */
export function useT(): Translate {
  const { lang } = useLang();
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}

/**
 * A feature's own catalogue (`{ vi, en }`, kept beside its pages) as a translate function in the reader's
 * language. Pass a module-level constant: the function changes only with the language.
 */
export function useCatalogueT<K extends string>(
  catalogue: Record<Lang, Record<K, string>>,
): (key: K, params?: MessageParams) => string {
  const { lang } = useLang();
  return useCallback((key, params) => fillPlaceholders(catalogue[lang][key], params), [catalogue, lang]);
}
