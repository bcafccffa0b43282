import { useEffect } from 'react';
import { useT } from '../i18n';

/** Sets `<title>` to "page · Cửa Số", following the language. */
export function useDocTitle(page: string | null) {
  const t = useT();
  const app = t('app.name');
  useEffect(() => {
    document.title = page ? `${page} · ${app}` : app;
  }, [page, app]);
}
