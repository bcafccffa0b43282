import { Alert, Button, Chip, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { stateInfo } from '../../../contracts/dossier-workflow';
import { useApi } from '../../api/useApi';
import { useLang, useT } from '../../i18n';
import { useSession } from '../../session/SessionProvider';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime } from '../../ui/text';
import { useDocTitle } from '../../ui/useDocTitle';
import { type DossierSummaryData, listMyDossiers } from '../api/dossiers';
import { PageHead } from '../PageHead';
import pages from '../pages.module.css';
import { dossierPath, PORTAL_PATHS } from '../paths';
import classes from './dossiers.module.css';
import { isDossierState, needsApplicant, StatusBadge } from './StatusBadge';

type Filter = 'all' | 'open' | 'action' | 'ended';

function matches(d: DossierSummaryData, filter: Filter): boolean {
  const ended = isDossierState(d.status) && Boolean(stateInfo[d.status].terminal);
  if (filter === 'open') return !ended;
  if (filter === 'action') return needsApplicant(d.status);
  if (filter === 'ended') return ended;
  return true;
}

/** `/ho-so-cua-toi`: the person's dossiers, newest first, with what each is waiting for. */
export function MyDossiersPage() {
  const t = useT();
  const { lang } = useLang();
  const { me } = useSession();
  const welcome = (useLocation().state as { welcome?: boolean } | null)?.welcome;
  useDocTitle(t('portal.nav.myDossiers'));
  const { data, error, loading } = useApi((signal) => listMyDossiers(signal), me?.id ?? '');
  const [filter, setFilter] = useState<Filter>('all');
  const items = (data ?? []).filter((d) => matches(d, filter));
  const count = (f: Filter) => (data ?? []).filter((d) => matches(d, f)).length;

  return (
    <div className={pages.page}>
      <PageHead
        eyebrow={me?.fullName}
        title={t('portal.nav.myDossiers')}
        lead={t('dossiers.lead')}
        aside={
          <Button component={Link} to={PORTAL_PATHS.procedures} variant="light">
            {t('dossiers.new')}
          </Button>
        }
      />
      {welcome && me ? (
        <Alert color="teal" variant="light" mb="md" role="status">
          {t('auth.welcome', { name: me.fullName })}
        </Alert>
      ) : null}
      {error ? <ApiErrorAlert error={error} title={t('dossiers.loadError')} /> : null}
      {loading && !data ? <Skeleton height={160} radius="md" /> : null}
      {data && data.length === 0 ? (
        <Alert color="gray" variant="light" title={t('dossiers.empty.title')}>
          <Text size="sm">{t('dossiers.empty.body')}</Text>
          <Button component={Link} to={PORTAL_PATHS.procedures} mt="sm" variant="light">
            {t('dossiers.empty.cta')}
          </Button>
        </Alert>
      ) : null}
      {data?.length ? (
        <Stack gap="md">
          <Chip.Group value={filter} onChange={(v) => setFilter(v as Filter)}>
            <Group gap="xs" role="radiogroup" aria-label={t('dossiers.filter')}>
              {(['all', 'open', 'action', 'ended'] as const).map((f) => (
                <Chip key={f} value={f} variant="outline">
                  {`${t(`dossiers.filter.${f}`)} (${count(f)})`}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          {items.length === 0 ? <Text c="dimmed">{t('dossiers.filter.none')}</Text> : null}
          <ul className={classes.list}>
            {items.map((d) => (
              <li
                key={d.id}
                className={classes.item}
                data-action={needsApplicant(d.status) ? true : undefined}
              >
                <div className={classes.itemHead}>
                  <Link to={dossierPath(d.id)} className={classes.itemCode}>
                    {d.code}
                  </Link>
                  <StatusBadge state={d.status} />
                </div>
                <Text fw={600} mt={4}>
                  {d.procedureName ?? d.procedureCode}
                </Text>
                <dl className={classes.itemFacts}>
                  <div>
                    <dt>{t('dossier.submittedAt')}</dt>
                    <dd>{formatDateTime(lang, d.submittedAt)}</dd>
                  </div>
                  <div>
                    <dt>{d.endedAt ? t('dossier.endedAt') : t('dossier.appointment')}</dt>
                    <dd>
                      {d.endedAt
                        ? formatDateTime(lang, d.endedAt)
                        : d.appointment
                          ? formatDateTime(lang, d.appointment)
                          : t('dossier.awaitingIntake')}
                    </dd>
                  </div>
                </dl>
                {needsApplicant(d.status) ? (
                  <Text size="sm" fw={600} c="#8a3a00" mt={6}>
                    {t(
                      d.status === 'supplement_requested'
                        ? 'dossiers.action.supplement'
                        : 'dossiers.action.fee',
                    )}
                  </Text>
                ) : null}
              </li>
            ))}
          </ul>
        </Stack>
      ) : null}
    </div>
  );
}
