import { Loader } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { useApi } from '../../api/useApi';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useDocTitle } from '../../ui/useDocTitle';
import { displayEventsUrl, getDisplay } from './api';
import { usePickupT } from './messages';
import css from './pickup.module.css';
import { ScreenClock } from './ScreenClock';

/**
 * `/hien-thi/:agencyId`: the waiting-room screen. It reads the board, then listens to the desk's
 * Server-Sent Events and reads the board again on every call, so a missed event (a reconnect) never
 * leaves a stale number on the wall. Large type, Vietnamese first.
 */
export function DisplayPage() {
  const { agencyId = '' } = useParams();
  const pt = usePickupT();
  const board = useApi((signal) => getDisplay(agencyId, signal), agencyId);
  const [live, setLive] = useState(false);
  const [flash, setFlash] = useState(0);
  const reload = useRef(board.reload);
  reload.current = board.reload;
  useDocTitle(board.data ? `${pt('pk.display.title')} · ${board.data.desk.name}` : pt('pk.display.title'));

  useEffect(() => {
    if (!agencyId) return;
    const source = new EventSource(displayEventsUrl(agencyId));
    source.addEventListener('ready', () => {
      setLive(true);
      void reload.current();
    });
    source.addEventListener('queue', (e) => {
      const data = JSON.parse((e as MessageEvent<string>).data) as { kind: string };
      void reload.current();
      if (data.kind === 'called' || data.kind === 'recalled') setFlash((n) => n + 1);
    });
    source.onerror = () => setLive(false);
    return () => source.close();
  }, [agencyId]);

  if (board.error) return <ApiErrorAlert error={board.error} />;
  if (!board.data) return <Loader />;
  const [current, ...recent] = board.data.calls;
  return (
    <main className={css.screen} lang="vi">
      <header className={css.screenHead}>
        <h1 className={css.screenAgency}>{board.data.desk.name}</h1>
        <ScreenClock />
      </header>
      <section className={css.nowServing} aria-live="assertive" aria-atomic="true">
        {current ? (
          <>
            <p className={css.nowLabel}>{pt('pk.display.title')}</p>
            <div
              key={`${current.number}-${flash}`}
              className={`${css.nowNumber} ${css.flash}`}
              data-testid="now-number"
            >
              {current.number}
            </div>
            <div className={css.nowCounter}>
              {pt('pk.display.toCounter')} {current.counterName}
            </div>
          </>
        ) : (
          <p className={css.nowLabel}>{pt('pk.display.none')}</p>
        )}
      </section>
      {recent.length ? (
        <section aria-label={pt('pk.display.recent')}>
          <ul className={css.recent}>
            {recent.map((c) => (
              <li key={`${c.number}-${c.calledAt}`}>
                <strong>{c.number}</strong>
                <span>{pt('pk.display.counter', { n: c.counterNumber })}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <footer className={css.screenFoot}>
        <span>{pt('pk.display.waiting', { n: board.data.waiting })}</span>
        <span role="status">{live ? `● ${pt('pk.display.live')}` : pt('pk.display.offline')}</span>
      </footer>
    </main>
  );
}
