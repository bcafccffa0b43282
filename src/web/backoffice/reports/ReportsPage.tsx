import { Button, Loader, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useApi } from '../../api/useApi';
import { type MessageKey, useLang, useT } from '../../i18n';
import { LOCALES } from '../../i18n/messages';
import { IconDownload } from '../../ui/icons';
import { todayInVietnam } from '../../ui/text';
import { useDocTitle } from '../../ui/useDocTitle';
import { Panel } from '../admin/Panel';
import { useStaff } from '../auth/staff-context';
import classes from '../backoffice.module.css';
import { dossierBookUrl, getStatistics, type Period } from '../desk/api';
import { DeskError } from '../desk/DeskError';
import { staffAgencies } from '../desk/roles';
import { useDownload } from '../desk/useDownload';
import { FeedbackStatsSection } from '../feedback/FeedbackStatsSection';
import { FeeLedgerSection } from '../payment/FeeLedgerSection';
import { SigningRateCard } from '../signing/SigningRateCard';
import { isPeriod, PRESETS, type Preset, presetPeriod } from './period';
import css from './reports.module.css';
import { ServiceIndexSection } from './ServiceIndexSection';
import { StatsChart } from './StatsChart';
import { StatsTable } from './StatsTable';

function Kpi({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className={css.kpi}>
      <Text size="sm" c="gray.7" fw={600}>
        {label}
      </Text>
      <Text className={css.kpiValue}>{value}</Text>
      {detail ? (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      ) : null}
    </div>
  );
}

/** Báo cáo: dossiers of a period per procedure (received, timeliness, open, overdue) and the dossier book. */
export function ReportsPage() {
  const t = useT();
  const { lang } = useLang();
  const me = useStaff();
  useDocTitle(t('bo.nav.reports'));
  const agencies = staffAgencies(me);
  const [agencyId, setAgencyId] = useState(agencies[0]?.id ?? '');
  const [preset, setPreset] = useState<Preset | 'custom'>('month');
  const [period, setPeriod] = useState<Period>(() => presetPeriod('month', todayInVietnam()));
  const book = useDownload();
  const valid = isPeriod(period);
  const stats = useApi(
    (signal) => (agencyId && valid ? getStatistics(agencyId, period, signal) : Promise.resolve(null)),
    `${agencyId}|${period.from}|${period.to}`,
  );
  const n = (v: number) => v.toLocaleString(LOCALES[lang]);
  const total = stats.data?.total;
  const rate = stats.data?.onTimeRate;

  const download = () =>
    book.download(dossierBookUrl(agencyId, period), `so-theo-doi-ho-so-${period.from}-${period.to}.xlsx`);

  return (
    <Stack gap="md" maw={1400}>
      <div>
        <Text className={classes.eyebrow}>{t('face.backoffice')}</Text>
        <Title order={1} className={classes.pageTitle}>
          {t('bo.nav.reports')}
        </Title>
      </div>

      <div className={css.controls}>
        {agencies.length > 1 ? (
          <Select
            label={t('desk.reports.agency')}
            data={agencies.map((a) => ({ value: a.id, label: a.name }))}
            value={agencyId}
            onChange={(v) => v && setAgencyId(v)}
            allowDeselect={false}
            w={{ base: '100%', md: 340 }}
          />
        ) : null}
        <Select
          label={t('desk.reports.period')}
          data={[
            ...PRESETS.map((p) => ({ value: p, label: t(`desk.reports.preset.${p}` as MessageKey) })),
            { value: 'custom', label: t('desk.reports.preset.custom') },
          ]}
          value={preset}
          onChange={(v) => {
            if (!v) return;
            setPreset(v as Preset | 'custom');
            if (v !== 'custom') setPeriod(presetPeriod(v as Preset, todayInVietnam()));
          }}
          allowDeselect={false}
          w={{ base: '100%', xs: 180 }}
        />
        <TextInput
          type="date"
          label={t('desk.reports.from')}
          value={period.from}
          onChange={(e) => {
            setPreset('custom');
            setPeriod({ ...period, from: e.currentTarget.value });
          }}
          error={!valid ? t('desk.reports.invalid') : undefined}
        />
        <TextInput
          type="date"
          label={t('desk.reports.to')}
          value={period.to}
          onChange={(e) => {
            setPreset('custom');
            setPeriod({ ...period, to: e.currentTarget.value });
          }}
        />
        <Button
          leftSection={<IconDownload size={18} />}
          variant="light"
          onClick={() => void download()}
          loading={book.downloading}
          disabled={!valid || !agencyId}
          className={css.bookButton}
        >
          {t('desk.reports.book')}
        </Button>
      </div>
      {book.error ? <DeskError error={book.error} title={t('desk.reports.bookError')} /> : null}
      {stats.error ? <DeskError error={stats.error} title={t('desk.reports.loadError')} /> : null}
      {!stats.data && stats.loading ? <Loader aria-label={t('common.loading')} /> : null}

      {total ? (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" aria-live="polite">
            <Kpi
              label={t('desk.stats.received')}
              value={n(total.received)}
              detail={t('desk.stats.channels', { online: n(total.online), desk: n(total.desk) })}
            />
            <Kpi
              label={t('desk.stats.finished')}
              value={n(total.early + total.onTime + total.late)}
              detail={t('desk.stats.verdicts', {
                early: n(total.early),
                onTime: n(total.onTime),
                late: n(total.late),
              })}
            />
            <Kpi
              label={t('desk.stats.inProgress')}
              value={n(total.inProgress)}
              detail={t('desk.stats.overdueOf', { n: n(total.overdue) })}
            />
            <Kpi
              label={t('desk.stats.onTimeRate')}
              value={
                rate === null || rate === undefined
                  ? '—'
                  : `${(rate * 100).toLocaleString(LOCALES[lang], { maximumFractionDigits: 1 })} %`
              }
              detail={rate === null ? t('desk.stats.noneFinished') : t('desk.stats.rateHelp')}
            />
          </SimpleGrid>
          <ServiceIndexSection indicators={stats.data?.indicators ?? []} />
          <Panel title={t('desk.stats.chart')}>
            <StatsChart rows={stats.data?.byProcedure ?? []} />
          </Panel>
          <Panel title={t('desk.stats.table')}>
            <StatsTable rows={stats.data?.byProcedure ?? []} total={total} />
          </Panel>
          <SigningRateCard agencyId={agencyId} period={period} />
          <FeedbackStatsSection agencyId={agencyId} period={period} />
          <FeeLedgerSection agencyId={agencyId} period={period} />
        </>
      ) : null}
    </Stack>
  );
}
