import { SimpleGrid, Text, Title, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useSite } from '../api/site';
import { type MessageKey, useT } from '../i18n';
import { IconMapPin } from '../ui/icons';
import { useDocTitle } from '../ui/useDocTitle';
import classes from './ioc.module.css';

type Kpi = { label: MessageKey; accent: string; value: string | null };

// Values arrive with the IOC read models; until then every card says plainly that there is no data.
const KPIS: Kpi[] = [
  { label: 'ioc.kpi.received', accent: 'var(--mantine-color-blue-4)', value: null },
  { label: 'ioc.kpi.onTime', accent: 'var(--mantine-color-teal-4)', value: null },
  { label: 'ioc.kpi.signingRate', accent: 'var(--mantine-color-violet-4)', value: null },
  { label: 'ioc.kpi.fieldReports', accent: 'var(--mantine-color-orange-4)', value: null },
];

function KpiCard({ kpi }: { kpi: Kpi }) {
  const t = useT();
  const labelId = useId();
  return (
    <section aria-labelledby={labelId} className={classes.card} style={{ borderTopColor: kpi.accent }}>
      <Title order={3} id={labelId} className={classes.cardLabel}>
        {t(kpi.label)}
      </Title>
      <p className={classes.kpiValue} data-testid="kpi-value">
        {kpi.value ?? <span aria-hidden="true">—</span>}
      </p>
      {kpi.value === null ? <Text className={classes.cardHint}>{t('ioc.kpi.empty')}</Text> : null}
    </section>
  );
}

function Panel({ title, icon }: { title: MessageKey; icon?: ReactNode }) {
  const t = useT();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className={`${classes.card} ${classes.panel}`}>
      <Title order={2} id={titleId} className={classes.panelTitle}>
        {t(title)}
      </Title>
      <div className={classes.empty}>
        {icon}
        <Text className={classes.cardHint}>{t('ioc.panel.empty')}</Text>
      </div>
    </section>
  );
}

export function DashboardPage() {
  const t = useT();
  const { site } = useSite();
  const kpiHeadingId = useId();
  useDocTitle(t('ioc.title'));
  return (
    <>
      <div className={classes.pageHead}>
        <Title order={1} className={classes.pageTitle}>
          {t('ioc.heading')}
        </Title>
        {site ? <Text className={classes.pageSub}>{site.agency.name}</Text> : null}
      </div>
      <section aria-labelledby={kpiHeadingId}>
        <VisuallyHidden>
          <h2 id={kpiHeadingId}>{t('ioc.kpi.heading')}</h2>
        </VisuallyHidden>
        <SimpleGrid cols={{ base: 2, lg: 4 }} spacing={{ base: 'sm', sm: 'md' }}>
          {KPIS.map((kpi) => (
            <KpiCard key={kpi.label} kpi={kpi} />
          ))}
        </SimpleGrid>
      </section>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" mt="md">
        <Panel title="ioc.panel.map" icon={<IconMapPin size={40} />} />
        <Panel title="ioc.panel.trend" />
      </SimpleGrid>
    </>
  );
}
