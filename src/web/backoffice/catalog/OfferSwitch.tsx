import { Switch } from '@mantine/core';
import { useState } from 'react';
import { toApiError } from '../../api/client';
import { useLang, useT } from '../../i18n';
import { setOffered } from './api';

/** Whether the agency receives this procedure; a refused change goes back and says why. */
export function OfferSwitch(props: {
  code: string;
  name: string;
  agencyId: string;
  offered: boolean;
  onChanged: () => Promise<void>;
}) {
  const t = useT();
  const { lang } = useLang();
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const toggle = async (next: boolean) => {
    setBusy(true);
    setPending(next);
    setError(null);
    try {
      await setOffered(props.code, props.agencyId, next);
      await props.onChanged();
    } catch (e) {
      setError(toApiError(e).messageIn(lang));
    } finally {
      setPending(null);
      setBusy(false);
    }
  };
  return (
    <Switch
      checked={pending ?? props.offered}
      disabled={busy}
      onChange={(e) => void toggle(e.currentTarget.checked)}
      label={
        <>
          {t(props.offered ? 'cat.offer.on' : 'cat.offer.off')}
          <span className="cs-sr-only">{t('cat.offer.for', { name: props.name })}</span>
        </>
      }
      error={error}
    />
  );
}
