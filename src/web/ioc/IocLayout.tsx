import { Group } from '@mantine/core';
import { Outlet } from 'react-router';
import { useSite } from '../api/site';
import { useT } from '../i18n';
import { ApiErrorAlert } from '../ui/ApiErrorAlert';
import { Brand } from '../ui/Brand';
import { DemoBanner } from '../ui/DemoBanner';
import { FACE_ROOTS } from '../ui/faces';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { MAIN_ID, SkipLink } from '../ui/SkipLink';
import { Clock } from './Clock';
import classes from './ioc.module.css';

export function IocLayout() {
  const t = useT();
  const { site, error } = useSite();
  return (
    <div className={classes.shell}>
      <SkipLink />
      <DemoBanner show={site?.demo} />
      <header className={classes.header}>
        <div className={classes.brand}>
          <Brand to={FACE_ROOTS.ioc} name={site?.name ?? t('app.name')} sub={t('ioc.title')} tone="dark" />
        </div>
        <Group gap="md" wrap="nowrap">
          <Clock />
          <LanguageSwitch />
        </Group>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className={classes.main}>
        {error ? <ApiErrorAlert error={error} title={t('site.loadError')} /> : null}
        <Outlet />
      </main>
    </div>
  );
}
