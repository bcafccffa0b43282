import { useT } from '../i18n';

export const MAIN_ID = 'noi-dung-chinh';

/** First focusable element of every face: jumps over the header and navigation. */
export function SkipLink() {
  const t = useT();
  return (
    <a className="cs-skip-link" href={`#${MAIN_ID}`}>
      {t('skip.toMain')}
    </a>
  );
}
