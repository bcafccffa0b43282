import { Avatar, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { MeData } from '../api/identity';
import { useLang, useT } from '../i18n';
import { useSession } from '../session/SessionProvider';
import { FACE_ROOTS } from '../ui/faces';
import { IconChevronDown, IconDevices, IconLogout } from '../ui/icons';
import { initials, roleLabel } from '../ui/text';
import classes from './backoffice.module.css';

/** The official's name and agency in the header; opens their roles and the two sign-outs. */
export function StaffMenu({ me }: { me: MeData }) {
  const t = useT();
  const { lang } = useLang();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const agency = me.roles[0]?.agencyName ?? null;
  const out = async (everywhere: boolean) => {
    await signOut(everywhere);
    navigate(FACE_ROOTS.backoffice, { replace: true });
  };
  return (
    <Menu position="bottom-end" width={300} shadow="md" withinPortal withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <UnstyledButton className={classes.userButton}>
          <Avatar color="navy" radius="xl" size={34} aria-hidden="true">
            {initials(me.fullName)}
          </Avatar>
          <span className={classes.userText}>
            <VisuallyHidden component="span">{t('header.account')} </VisuallyHidden>
            <span className={classes.userName}>{me.fullName}</span>
            {agency ? <span className={classes.userAgency}>{agency}</span> : null}
          </span>
          <span className={classes.userChevron}>
            <IconChevronDown size={16} />
          </span>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <div className={classes.menuHead}>
          <Text size="sm" fw={700} c="dark">
            {me.fullName}
          </Text>
          <Text size="xs" c="gray.7">
            {me.username}
          </Text>
        </div>
        {me.roles.map((r) => (
          <Text key={`${r.agencyId}-${r.role}`} size="xs" px="sm" py={2} c="gray.7">
            <Text component="span" size="xs" fw={700} c="navy.8">
              {roleLabel(r.role, lang)}
            </Text>{' '}
            · {r.agencyName}
          </Text>
        ))}
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={18} />} onClick={() => void out(false)}>
          {t('header.signOut')}
        </Menu.Item>
        <Menu.Item leftSection={<IconDevices size={18} />} onClick={() => void out(true)}>
          {t('header.signOutAll')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
