import { AppShell, Burger, Group, NavLink } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { MeData } from '../api/identity';
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
import { ADMIN_ROLES, BACKOFFICE_LINKS } from './links';
import { StaffMenu } from './StaffMenu';

const NAVBAR_ID = 'backoffice-nav';

/**
 * The back office frame. Without `me` (signed out, or the second step still to do) it is bare:
 * header and main only, no navigation to pages the person cannot open yet.
 */
export function BackofficeLayout({ me, children }: { me: MeData | null; children: ReactNode }) {
  const t = useT();
  const { site, error } = useSite();
  const { pathname } = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  // Below the `sm` breakpoint a closed navbar is only slid off-screen; make it inert so Tab skips it.
  const isPhone = useMediaQuery('(max-width: 47.99em)');
  const sub = site ? `${t('face.backoffice')} · ${site.agency.name}` : t('face.backoffice');
  const isAdmin = me?.roles.some((r) => (ADMIN_ROLES as readonly string[]).includes(r.role)) ?? false;
  const links = BACKOFFICE_LINKS.filter((l) => !l.adminOnly || isAdmin);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={me ? { width: 256, breakpoint: 'sm', collapsed: { mobile: !opened } } : undefined}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <SkipLink />
      <AppShell.Header className={classes.header}>
        <Group h="100%" px="md" gap="sm" wrap="nowrap">
          {me ? (
            <Burger
              hiddenFrom="sm"
              size="sm"
              opened={opened}
              onClick={toggle}
              aria-label={t('common.menu.open')}
              aria-expanded={opened}
              aria-controls={NAVBAR_ID}
            />
          ) : null}
          <div className={classes.brand}>
            <Brand to={FACE_ROOTS.backoffice} name={site?.name ?? t('app.name')} sub={sub} />
          </div>
          <LanguageSwitch />
          {me ? <StaffMenu me={me} /> : null}
        </Group>
      </AppShell.Header>

      {me ? (
        <AppShell.Navbar
          id={NAVBAR_ID}
          aria-label={t('bo.nav.label')}
          inert={isPhone && !opened}
          p="sm"
          className={classes.navbar}
        >
          <AppShell.Section grow>
            {links.map((link) => {
              const to = `${FACE_ROOTS.backoffice}/${link.slug}`;
              const active = [link.slug, ...(link.aliases ?? [])].some((slug) =>
                isUnder(pathname, `${FACE_ROOTS.backoffice}/${slug}`),
              );
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
      ) : null}

      <AppShell.Main id={MAIN_ID} tabIndex={-1} className={classes.main}>
        <DemoBanner show={site?.demo} />
        {error ? <ApiErrorAlert error={error} title={t('site.loadError')} /> : null}
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
