import { useT } from '../i18n';

/** Shown on demo deployments so nobody mistakes test data for a real record. */
export function DemoBanner({ show }: { show: boolean | undefined }) {
  const t = useT();
  if (!show) return null;
  return (
    <aside className="cs-demo-banner" aria-label={t('demo.label')}>
      {t('demo.banner')}
    </aside>
  );
}
