import { useEffect, useState } from 'react';
import { useLang } from '../../i18n';
import { LOCALES } from '../../i18n/messages';
import { VN_TIME_ZONE } from '../../ui/text';
import css from './pickup.module.css';

/** The time in Việt Nam on a waiting-room screen, to the second. */
export function ScreenClock() {
  const { lang } = useLang();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <span className={css.screenClock}>
      {new Intl.DateTimeFormat(LOCALES[lang], {
        timeZone: VN_TIME_ZONE,
        weekday: 'long',
        day: '2-digit',
        month: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      }).format(now)}
    </span>
  );
}
