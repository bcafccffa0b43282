import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useLang, useT } from '../i18n';
import { LOCALES } from '../i18n/messages';

// Leaders read this wall screen in Vietnam time wherever the browser's clock is set.
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export function Clock() {
  const t = useT();
  const { lang } = useLang();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 15_000);
    return () => window.clearInterval(timer);
  }, []);

  const time = new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
  });
  const date = new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  });
  return (
    <time dateTime={now.toISOString()} title={t('ioc.clock')}>
      <Text component="span" fw={700} size="lg" c="white">
        {time.format(now)}
      </Text>
      <Text component="span" size="sm" c="dark.1" ml={8} visibleFrom="sm">
        {date.format(now)}
      </Text>
    </time>
  );
}
