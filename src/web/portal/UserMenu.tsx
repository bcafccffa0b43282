import { Avatar, Button, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { Link, NavLink, useNavigate } from 'react-router';
import type { MeData } from '../api/identity';
import { type MessageKey, useT } from '../i18n';
import { useSession } from '../session/SessionProvider';
import {
  IconBuilding,
  IconChevronDown,
  IconDevices,
  IconFileSearch,
  IconHistory,
  IconLogout,
  IconMail,
  IconUser,
} from '../ui/icons';
import { initials } from '../ui/text';
import { COMPLAINTS_PATH } from './feedback/paths';
import classes from './header.module.css';
import { PORTAL_PATHS } from './paths';
import { usePickupT } from './pickup/messages';
import { PICKUP_PATHS } from './pickup/paths';
import { STORE_PATH } from './store/paths';

export const ACCOUNT_LINKS: { to: string; label: MessageKey; icon: typeof IconUser }[] = [
  { to: PORTAL_PATHS.account, label: 'account.nav.profile', icon: IconUser },
  { to: PORTAL_PATHS.organisations, label: 'account.nav.organisations', icon: IconBuilding },
  { to: PORTAL_PATHS.accessLog, label: 'account.nav.accessLog', icon: IconHistory },
  { to: STORE_PATH, label: 'account.nav.store', icon: IconFileSearch },
];

/** What the person is acting as: themself or one of their organisations. */
export function actingAs(me: MeData): string | null {
  return me.organisations.find((o) => o.id === me.actingOrganisationId)?.name ?? null;
}

/** Signs out, then shows the sign-in page with a note saying so. */
export function useSignOut() {
  const { signOut } = useSession();
  const navigate = useNavigate();
  return async (everywhere: boolean) => {
    await signOut(everywhere);
    navigate(PORTAL_PATHS.signIn, { replace: true });
  };
}

/** The signed-in person's name in the header, opening their account links and the two sign-outs. */
export function UserMenu({ me, compact = false }: { me: MeData; compact?: boolean }) {
  const t = useT();
  const pt = usePickupT();
  const signOut = useSignOut();
  const org = actingAs(me);
  return (
    <Menu position="bottom-end" width={280} shadow="md" withinPortal withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <UnstyledButton className={compact ? classes.userAvatarButton : classes.userButton}>
          <Avatar color="navy" radius="xl" size={compact ? 32 : 34} aria-hidden="true">
            {initials(me.fullName)}
          </Avatar>
          {/* Named by hidden text, not aria-label: the visible initials must not contradict the name (WCAG 2.5.3). */}
          {compact ? (
            <VisuallyHidden component="span">{t('header.userMenu', { name: me.fullName })}</VisuallyHidden>
          ) : (
            <>
              <span className={classes.userText}>
                <VisuallyHidden component="span">{t('header.account')} </VisuallyHidden>
                <span className={classes.userName}>{me.fullName}</span>
                {org ? <span className={classes.userOrg}>{t('header.actingFor', { name: org })}</span> : null}
              </span>
              <IconChevronDown size={16} />
            </>
          )}
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <div className={classes.menuHead}>
          <Text size="sm" fw={700} c="dark">
            {me.fullName}
          </Text>
          <Text size="xs" c="gray.7">
            {me.phone ?? me.email ?? me.username}
          </Text>
        </div>
        <Menu.Divider />
        {ACCOUNT_LINKS.map((link) => (
          <Menu.Item key={link.to} component={Link} to={link.to} leftSection={<link.icon size={18} />}>
            {t(link.label)}
          </Menu.Item>
        ))}
        <Menu.Item component={Link} to={COMPLAINTS_PATH} leftSection={<IconMail size={18} />}>
          {t('portal.nav.complaints')}
        </Menu.Item>
        <Menu.Item component={Link} to={PICKUP_PATHS.myBookings} leftSection={<IconHistory size={18} />}>
          {pt('pk.mine.title')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={18} />} onClick={() => void signOut(false)}>
          {t('header.signOut')}
        </Menu.Item>
        <Menu.Item leftSection={<IconDevices size={18} />} onClick={() => void signOut(true)}>
          {t('header.signOutAll')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** The same links and sign-outs, for the phone drawer. */
export function DrawerAccount({ me, onNavigate }: { me: MeData; onNavigate: () => void }) {
  const t = useT();
  const pt = usePickupT();
  const signOut = useSignOut();
  return (
    <div className={classes.drawerAccount}>
      <div className={classes.drawerUser}>
        <Avatar color="navy" radius="xl" size={40} aria-hidden="true">
          {initials(me.fullName)}
        </Avatar>
        <div>
          <Text fw={700}>{me.fullName}</Text>
          <Text size="xs" c="gray.7">
            {me.phone ?? me.email ?? me.username}
          </Text>
        </div>
      </div>
      {ACCOUNT_LINKS.map((link) => (
        <NavLink key={link.to} to={link.to} end className={classes.drawerLink} onClick={onNavigate}>
          {t(link.label)}
        </NavLink>
      ))}
      <NavLink to={COMPLAINTS_PATH} end className={classes.drawerLink} onClick={onNavigate}>
        {t('portal.nav.complaints')}
      </NavLink>
      <NavLink to={PICKUP_PATHS.myBookings} end className={classes.drawerLink} onClick={onNavigate}>
        {pt('pk.mine.title')}
      </NavLink>
      <Button
        variant="light"
        fullWidth
        mt="sm"
        leftSection={<IconLogout size={18} />}
        onClick={() => {
          onNavigate();
          void signOut(false);
        }}
      >
        {t('header.signOut')}
      </Button>
      <Button
        variant="subtle"
        fullWidth
        leftSection={<IconDevices size={18} />}
        onClick={() => {
          onNavigate();
          void signOut(true);
        }}
      >
        {t('header.signOutAll')}
      </Button>
    </div>
  );
}
