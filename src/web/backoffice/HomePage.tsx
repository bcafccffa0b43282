import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useLang, useT } from '../i18n';
import { FACE_ROOTS } from '../ui/faces';
import { roleLabel } from '../ui/text';
import { useDocTitle } from '../ui/useDocTitle';
import { useStaff } from './auth/staff-context';
import classes from './backoffice.module.css';
import { ADMIN_ROLES, BACKOFFICE_LINKS } from './links';

/** `/can-bo` once signed in: who you are here, and where to go. */
export function HomePage() {
  const t = useT();
  const { lang } = useLang();
  const me = useStaff();
  useDocTitle(t('bo.home.docTitle'));
  const isAdmin = me.roles.some((r) => (ADMIN_ROLES as readonly string[]).includes(r.role));
  const links = BACKOFFICE_LINKS.filter((l) => !l.adminOnly || isAdmin);
  return (
    <Stack gap="lg" maw={960}>
      <div>
        <Text className={classes.eyebrow}>{t('face.backoffice')}</Text>
        <Title order={1} className={classes.pageTitle}>
          {t('bo.home.greeting', { name: me.fullName })}
        </Title>
      </div>
      <Paper withBorder radius="md" p="lg">
        <Text fw={700} mb="xs">
          {t('bo.home.roles')}
        </Text>
        <Stack gap={6}>
          {me.roles.map((r) => (
            <Group key={`${r.agencyId}-${r.role}`} gap="xs" wrap="wrap">
              <Badge color="navy" variant="light" radius="sm" tt="none">
                {roleLabel(r.role, lang)}
              </Badge>
              <Text size="sm">{r.agencyName}</Text>
              <Text size="xs" c="dimmed">
                {r.orgId}
              </Text>
            </Group>
          ))}
        </Stack>
      </Paper>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
        {links.map((link) => (
          <Link key={link.slug} to={`${FACE_ROOTS.backoffice}/${link.slug}`} className={classes.tile}>
            <span className={classes.tileIcon}>{link.icon}</span>
            <span className={classes.tileLabel}>{t(link.label)}</span>
          </Link>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
