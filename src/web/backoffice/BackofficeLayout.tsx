import { AppShell, Burger, Group, NavLink } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Link, Outlet, useLocation } from 'react-router';
import { useSite } from '../api/site';
import { useT } from '../i18n';
import { ApiErrorAlert } from '../ui/ApiErrorAlert';
import { Brand } from '../ui/Brand';
import { DemoBanner } from '../ui/DemoBanner';
import { FACE_ROOTS, isUnder } from '../ui/faces';
import { IconArrowRight } from '../ui/icons';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { MAIN_ID, SkipLink } from '../ui/SkipLink';
import classes from './backoffice.module.css';
import { BACKOFFICE_LINKS } from './links';

const NAVBAR_ID = 'backoffice-nav';

export function BackofficeLayout() {
  const t = useT();
  const { site, error } = useSite();
  const { pathname } = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  // Below the `sm` breakpoint a closed navbar is only slid off-screen; make it inert so Tab skips it.
  const isPhone = useMediaQuery('(max-width: 47.99em)');
  const sub = site ? `${t('face.backoffice')} · ${site.agency.name}` : t('face.backoffice');

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 256, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <SkipLink />
      <AppShell.Header className={classes.header}>
        <Group h="100%" px="md" gap="sm" wrap="nowrap">
          <Burger
            hiddenFrom="sm"
            size="sm"
            opened={opened}
            onClick={toggle}
            aria-label={t('common.menu.open')}
            aria-expanded={opened}
            aria-controls={NAVBAR_ID}
          />
          <div className={classes.brand}>
            <Brand to={FACE_ROOTS.backoffice} name={site?.name ?? t('app.name')} sub={sub} />
          </div>
          <LanguageSwitch />
        </Group>
      </AppShell.Header>

      <AppShell.Navbar
        id={NAVBAR_ID}
        aria-label={t('bo.nav.label')}
        inert={isPhone && !opened}
        p="sm"
        className={classes.navbar}
      >
        <AppShell.Section grow>
          {BACKOFFICE_LINKS.map((link) => {
            const to = `${FACE_ROOTS.backoffice}/${link.slug}`;
            const active = isUnder(pathname, to);
            return (
              <NavLink
                key={link.slug}
                component={Link}
                to={to}
                label={t(link.label)}
                leftSection={link.icon}
                active={active}
                aria-current={active ? 'page' : undefined}
                onClick={close}
                className={classes.navLink}
              />
            );
          })}
        </AppShell.Section>
        <AppShell.Section className={classes.navFooter}>
          <NavLink
            component={Link}
            to={FACE_ROOTS.portal}
            label={t('bo.nav.toPortal')}
            rightSection={<IconArrowRight size={16} />}
            className={classes.navLink}
          />
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id={MAIN_ID} tabIndex={-1} className={classes.main}>
        <DemoBanner show={site?.demo} />
        {error ? <ApiErrorAlert error={error} title={t('site.loadError')} /> : null}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
