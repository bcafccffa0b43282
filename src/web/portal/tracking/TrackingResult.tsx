import { Group, Text } from '@mantine/core';
import { useApi } from '../../api/useApi';
import { useLang, useT } from '../../i18n';
import { formatDateTime } from '../../ui/text';
import { getProcedure } from '../api/catalog';
import type { TrackingData } from '../api/dossiers';
import { procedureName } from '../catalogue/format';
import { DossierTimeline } from '../dossiers/DossierTimeline';
import { StatusBadge } from '../dossiers/StatusBadge';
import pages from '../pages.module.css';

/** Status, national status code, dates and history of a tracked dossier: no name, no number, no address. */
export function TrackingResult({ data }: { data: TrackingData }) {
  const t = useT();
  const { lang } = useLang();
  const procedure = useApi((signal) => getProcedure(data.procedureCode, signal), data.procedureCode);
  const when = (iso: string | null) => (iso ? formatDateTime(lang, iso) : null);
  const facts: [string, string | null][] = [
    [t('dossier.submittedAt'), when(data.submittedAt)],
    [t('dossier.receivedAt'), when(data.receivedAt)],
    [t('dossier.appointment'), data.appointment ? when(data.appointment) : t('dossier.awaitingIntake')],
    [t('dossier.endedAt'), when(data.endedAt)],
    [t('tracking.returnedAt'), when(data.returnedAt)],
    [t('dossier.verdict'), data.verdict ? t(`dossier.verdict.${data.verdict}`) : null],
  ];
  return (
    <section className={pages.panel} aria-labelledby="tracking-result" style={{ marginTop: 24 }}>
      <Text size="sm" c="dimmed">
        {t('tracking.result')}
      </Text>
      <h2 id="tracking-result" className={`${pages.panelTitle} ${pages.code}`}>
        {data.code}
      </h2>
      <Text fw={600} mb="sm">
        {procedure.data
          ? procedureName(procedure.data, lang)
          : t('tracking.procedure', { code: data.procedureCode })}
      </Text>
      <Group gap="sm" align="center">
        <StatusBadge state={data.state} size="lg" />
        <Text size="sm">
          {t('dossier.national', { code: data.nationalStatus.code, name: data.nationalStatus[lang] })}
        </Text>
      </Group>
      <dl
        className={pages.facts}
        style={{ marginTop: 16, gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))' }}
      >
        {facts
          .filter(([, value]) => value !== null)
          .map(([label, value]) => (
            <div key={label} className={pages.fact}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <h3 className={pages.panelTitle} style={{ marginTop: 24, fontSize: '1rem' }}>
        {t('dossier.history')}
      </h3>
      <DossierTimeline history={data.history} />
    </section>
  );
}
