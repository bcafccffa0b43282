import { Box, Burger, Button, Container, Drawer, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, NavLink } from 'react-router';
import type { SiteInfo } from '../../contracts/site';
import { type MessageKey, useT } from '../i18n';
import { useSession } from '../session/SessionProvider';
import { Brand } from '../ui/Brand';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import classes from './header.module.css';
import { PORTAL_PATHS } from './paths';
import { DrawerAccount, UserMenu } from './UserMenu';

const LINKS: { to: string; label: MessageKey }[] = [
  { to: PORTAL_PATHS.procedures, label: 'portal.nav.procedures' },
  { to: PORTAL_PATHS.track, label: 'portal.nav.track' },
  { to: PORTAL_PATHS.verify, label: 'portal.nav.verify' },
  { to: PORTAL_PATHS.myDossiers, label: 'portal.nav.myDossiers' },
];

const MOBILE_NAV_ID = 'portal-mobile-nav';

export function PortalHeader({ site }: { site: SiteInfo | null }) {
  const t = useT();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { state, me } = useSession();
  const showSignIn = state.status === 'anonymous' || state.status === 'error';
  const signIn = (inDrawer: boolean) => (
    <Button
      component={Link}
      to={PORTAL_PATHS.signIn}
      fullWidth={inDrawer}
      size="sm"
      onClick={inDrawer ? close : undefined}
    >
      {t('portal.nav.signIn')}
    </Button>
  );

  return (
    <header className={classes.header}>
      <div className="cs-flag-stripe" />
      <Container size="lg" className={classes.headerInner}>
        <Brand
          to={PORTAL_PATHS.home}
          name={site?.name ?? t('app.name')}
          sub={site?.agency.name ?? t('face.portal')}
        />
        <nav aria-label={t('portal.nav.label')} className={classes.desktopNav}>
          {LINKS.map((link) => (
            <NavLink key={link.to} to={link.to} className={classes.navLink}>
              {t(link.label)}
            </NavLink>
          ))}
          {me ? <UserMenu me={me} /> : showSignIn ? signIn(false) : null}
        </nav>
        <Group gap="xs" wrap="nowrap" className={classes.headerTools}>
          {me ? (
            <Box hiddenFrom="md">
              <UserMenu me={me} compact />
            </Box>
          ) : null}
          <LanguageSwitch />
          <Burger
            hiddenFrom="md"
            size="sm"
            opened={opened}
            onClick={toggle}
            aria-label={t('common.menu.open')}
            aria-expanded={opened}
            aria-controls={MOBILE_NAV_ID}
          />
        </Group>
      </Container>
      <Drawer
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={opened}
        onClose={close}
        position="right"
        size="xs"
        title={t('common.menu.title')}
        hiddenFrom="md"
        id={MOBILE_NAV_ID}
      >
        <nav aria-label={t('portal.nav.label')}>
          <Stack gap={4}>
            {LINKS.map((link) => (
              <NavLink key={link.to} to={link.to} className={classes.drawerLink} onClick={close}>
                {t(link.label)}
              </NavLink>
            ))}
            {me ? (
              <DrawerAccount me={me} onNavigate={close} />
            ) : showSignIn ? (
              <div className={classes.drawerAction}>{signIn(true)}</div>
            ) : null}
          </Stack>
        </nav>
      </Drawer>
    </header>
  );
}
