import { Text, Title } from '@mantine/core';
import { NavLink, Outlet } from 'react-router';
import { useT } from '../../i18n';
import { useSession } from '../../session/SessionProvider';
import { ACCOUNT_LINKS, actingAs } from '../UserMenu';
import classes from './account.module.css';

/** `/tai-khoan/*`: the person's name, then their profile, organisations and access log side by side. */
export function AccountLayout() {
  const t = useT();
  const { me } = useSession();
  const org = me ? actingAs(me) : null;
  return (
    <div className={classes.shell}>
      <div className={classes.head}>
        <Text className={classes.eyebrow}>{t('account.eyebrow')}</Text>
        <Title order={1} className={classes.title}>
          {me?.fullName}
        </Title>
        {org ? (
          <Text size="sm" c="dimmed">
            {t('header.actingFor', { name: org })}
          </Text>
        ) : null}
      </div>
      <div className={classes.body}>
        <nav aria-label={t('account.nav.label')} className={classes.nav}>
          {ACCOUNT_LINKS.map((link) => (
            <NavLink key={link.to} to={link.to} end className={classes.navLink}>
              <link.icon size={20} />
              <span>{t(link.label)}</span>
            </NavLink>
          ))}
        </nav>
        <div className={classes.content}>
          <Outlet />
        </div>
      </div>
    </div>
  );
}
