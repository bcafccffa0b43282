import { Button, Loader, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { type ApiError, toApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useLang } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useDocTitle } from '../../ui/useDocTitle';
import { getKiosk, type TicketData, takeTicket } from './api';
import { usePickupT } from './messages';
import css from './pickup.module.css';
import { ScreenClock } from './ScreenClock';

/** `/lay-so/:agencyId`: the touch kiosk of the waiting room; one tap, one number, printed. */
export function KioskPage() {
  const { agencyId = '' } = useParams();
  const pt = usePickupT();
  const { lang } = useLang();
  useDocTitle(pt('pk.kiosk.title'));
  const kiosk = useApi((signal) => getKiosk(agencyId, signal), agencyId);
  const [ticket, setTicket] = useState<TicketData | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const take = async (letter: string) => {
    setBusy(letter);
    setError(null);
    try {
      setTicket(await takeTicket(agencyId, letter));
      void kiosk.reload();
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(null);
    }
  };

  if (kiosk.error) return <ApiErrorAlert error={kiosk.error} />;
  if (!kiosk.data) return <Loader />;
  return (
    <main className={css.screen}>
      <header className={css.screenHead}>
        <h1 className={css.screenAgency}>{kiosk.data.desk.name}</h1>
        <ScreenClock />
      </header>
      {error ? <ApiErrorAlert error={error} /> : null}
      {ticket ? (
        <section className={css.nowServing} aria-live="polite">
          <p className={css.nowLabel}>{pt('pk.kiosk.yourNumber')}</p>
          <div className={css.nowNumber} data-testid="ticket-number">
            {ticket.number}
          </div>
          <p className={css.nowLabel}>{ticket.serviceName[lang]}</p>
          <p className={css.kioskName}>{pt('pk.kiosk.before', { n: ticket.waitingBefore })}</p>
          <div className={css.noPrint}>
            <Button size="xl" color="yellow" c="dark" onClick={() => window.print()} mr="md">
              {pt('pk.kiosk.print')}
            </Button>
            <Button size="xl" variant="white" onClick={() => setTicket(null)}>
              {pt('pk.kiosk.again')}
            </Button>
          </div>
        </section>
      ) : (
        <>
          <div>
            <h2 className={css.nowLabel}>{pt('pk.kiosk.title')}</h2>
            <p className={css.kioskWaiting} style={{ color: '#dfe7f2' }}>
              {pt('pk.kiosk.lead')}
            </p>
          </div>
          <div className={css.kioskGrid}>
            {kiosk.data.services.map((s) => (
              <UnstyledButton
                key={s.letter}
                className={css.kioskButton}
                onClick={() => void take(s.letter)}
                disabled={busy !== null}
              >
                <span className={css.kioskLetter}>{s.letter}</span>
                <span className={css.kioskName}>{lang === 'en' ? s.nameEn : s.nameVi}</span>
                <span className={css.kioskWaiting}>{pt('pk.kiosk.waiting', { n: s.waiting })}</span>
              </UnstyledButton>
            ))}
          </div>
        </>
      )}
    </main>
  );
}
