import { Container } from '@mantine/core';
import { Outlet, useLocation } from 'react-router';
import { useSite } from '../api/site';
import { useT } from '../i18n';
import { ApiErrorAlert } from '../ui/ApiErrorAlert';
import { DemoBanner } from '../ui/DemoBanner';
import { MAIN_ID, SkipLink } from '../ui/SkipLink';
import { PortalFooter } from './PortalFooter';
import { PortalHeader } from './PortalHeader';
import classes from './portal.module.css';

export function PortalLayout() {
  const t = useT();
  const { site, error } = useSite();
  const { pathname } = useLocation();
  const isHome = pathname === '/';
  return (
    <div className={classes.shell}>
      <SkipLink />
      <DemoBanner show={site?.demo} />
      <PortalHeader site={site} />
      {error ? (
        <Container size="lg" pt="md">
          <ApiErrorAlert error={error} title={t('site.loadError')} />
        </Container>
      ) : null}
      <main id={MAIN_ID} tabIndex={-1} className={classes.main}>
        {isHome ? (
          <Outlet />
        ) : (
          <Container size="lg">
            <Outlet />
          </Container>
        )}
      </main>
      <PortalFooter site={site} />
    </div>
  );
}
