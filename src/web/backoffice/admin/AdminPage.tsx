import { Alert, Badge, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { Navigate, NavLink, Outlet, useNavigate, useOutletContext, useParams } from 'react-router';
import { listAgencies } from '../../api/admin';
import { useApi } from '../../api/useApi';
import { type MessageKey, useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { IconBuilding, IconKey, IconSitemap, IconUsers } from '../../ui/icons';
import { NotFoundPage } from '../../ui/StatusPage';
import { useDocTitle } from '../../ui/useDocTitle';
import { useStaff } from '../auth/staff-context';
import classes from '../backoffice.module.css';
import { ADMIN_ROOT, type AdminContext, depthOf, managedAgencies } from './admin-context';

type Base = Omit<AdminContext, 'agency'>;

const TABS: { slug: string; label: MessageKey; icon: typeof IconUsers }[] = [
  { slug: '', label: 'admin.tab.info', icon: IconBuilding },
  { slug: 'can-bo', label: 'admin.tab.staff', icon: IconUsers },
  { slug: 'khoa-api', label: 'admin.tab.tokens', icon: IconKey },
  { slug: 'don-vi', label: 'admin.tab.subAgencies', icon: IconSitemap },
];

/** `/can-bo/quan-tri`: only for agency and system administrators; loads the agency directory once. */
export function AdminGuard() {
  const t = useT();
  const me = useStaff();
  useDocTitle(t('bo.nav.admin'));
  const agencies = useApi((signal) => listAgencies(signal).then((r) => r.items), 'all');
  const isSystemAdmin = me.roles.some((r) => r.role === 'system_admin');
  if (!me.roles.some((r) => r.role === 'agency_admin' || r.role === 'system_admin'))
    return (
      <Alert color="orange" variant="light" title={t('admin.denied.title')} maw={640}>
        {t('admin.denied.body')}
      </Alert>
    );
  if (agencies.error) return <ApiErrorAlert error={agencies.error} />;
  if (!agencies.data) return <Loader aria-label={t('common.loading')} />;
  const context: Base = {
    agencies: agencies.data,
    managed: managedAgencies(me, agencies.data),
    reloadAgencies: agencies.reload,
    isSystemAdmin,
  };
  return <Outlet context={context} />;
}

/** `/can-bo/quan-tri` without an agency: the first one the official administers. */
export function AdminIndex() {
  const { managed } = useOutletContext<Base>();
  const first = managed[0];
  return first ? <Navigate to={`${ADMIN_ROOT}/${first.id}`} replace /> : <NotFoundPage homeTo="/can-bo" />;
}

/** One agency's administration: its name, a switcher, and the four tabs. */
export function AgencyAdminLayout() {
  const t = useT();
  const navigate = useNavigate();
  const { agencyId } = useParams();
  const base = useOutletContext<Base>();
  const agency = base.managed.find((a) => a.id === agencyId);
  if (!agency) return <NotFoundPage homeTo={ADMIN_ROOT} />;
  const context: AdminContext = { ...base, agency };
  const root = `${ADMIN_ROOT}/${agency.id}`;
  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
        <div>
          <Text className={classes.eyebrow}>{t('admin.eyebrow')}</Text>
          <Title order={1} className={classes.pageTitle}>
            {agency.name}
          </Title>
          <Group gap="xs" mt={4}>
            <Badge variant="light" color="navy" radius="sm">
              {agency.orgId}
            </Badge>
            <Text size="sm" c="dimmed">
              {t(`admin.kind.${agency.kind}` as MessageKey)} · {agency.adminUnit.name}
            </Text>
          </Group>
        </div>
        {base.managed.length > 1 ? (
          <Select
            label={t('admin.switch')}
            w={{ base: '100%', sm: 340 }}
            searchable
            value={agency.id}
            allowDeselect={false}
            data={base.managed.map((a) => ({
              value: a.id,
              label: `${'— '.repeat(depthOf(a, base.managed))}${a.shortName ?? a.name}`,
            }))}
            onChange={(id) => id && navigate(`${ADMIN_ROOT}/${id}`)}
          />
        ) : null}
      </Group>
      <nav aria-label={t('admin.nav.label')} className={classes.tabs}>
        {TABS.map((tab) => (
          <NavLink key={tab.slug} to={tab.slug ? `${root}/${tab.slug}` : root} end className={classes.tab}>
            <tab.icon size={18} />
            <span>{t(tab.label)}</span>
          </NavLink>
        ))}
      </nav>
      <Outlet context={context} />
    </Stack>
  );
}
