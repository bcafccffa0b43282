import { Alert, Button, Group, List, Skeleton, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { levelLabels, onlineLevelLabels } from '../../../contracts/catalog';
import { useApi } from '../../api/useApi';
import { useLang, useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { NotFoundPage } from '../../ui/StatusPage';
import { useDocTitle } from '../../ui/useDocTitle';
import { getProcedure, type ProcedureData } from '../api/catalog';
import { PageHead } from '../PageHead';
import pages from '../pages.module.css';
import { PORTAL_PATHS, submitPath } from '../paths';
import { Tag } from '../Tag';
import classes from './catalogue.module.css';
import { feeSummaryText, procedureName, processingTimeText } from './format';
import {
  ApplicantsSection,
  FeesSection,
  LegalSection,
  PapersSection,
  Section,
  StepsSection,
  TimeSection,
} from './ProcedureSections';

/** `/thu-tuc/:code`: everything a citizen must know before starting, and the button to start. */
export function ProcedurePage() {
  const { code = '' } = useParams();
  const t = useT();
  const { lang } = useLang();
  const { data, error, loading } = useApi((signal) => getProcedure(code, signal), code);
  useDocTitle(data ? procedureName(data, lang) : t('portal.nav.procedures'));

  if (error?.status === 404) return <NotFoundPage />;
  const crumbs = [
    { to: PORTAL_PATHS.home, label: t('pages.home') },
    { to: PORTAL_PATHS.procedures, label: t('portal.nav.procedures') },
  ];
  if (!data)
    return (
      <div className={pages.page}>
        <PageHead title={t('portal.nav.procedures')} crumbs={crumbs} />
        {error ? <ApiErrorAlert error={error} title={t('procedure.loadError')} /> : null}
        {loading ? <Skeleton height={320} radius="md" /> : null}
      </div>
    );

  const version = data.currentVersion;
  return (
    <div className={pages.page}>
      <PageHead
        eyebrow={data.field.name}
        title={procedureName(data, lang)}
        crumbs={crumbs}
        lead={
          <Group gap={6} component="span">
            <Tag variant="outline" color="gray">
              {t('procedure.codeBadge', { code: data.code })}
            </Tag>
            {data.levels.map((l) => (
              <Tag key={l} variant="light" color="navy">
                {levelLabels[l][lang]}
              </Tag>
            ))}
          </Group>
        }
      />
      {data.nextVersion ? (
        <Alert color="orange" variant="light" classNames={{ title: pages.warnTitle }} mb="md">
          {t('procedure.nextVersion', {
            date: data.nextVersion.effectiveFrom.split('-').reverse().join('/'),
          })}
        </Alert>
      ) : null}
      {!version ? (
        <Alert color="gray" variant="light">
          {t('procedure.noVersion')}
        </Alert>
      ) : (
        <div className={pages.twoCols}>
          <div className={pages.asideCol}>
            <StartPanel procedure={data} />
          </div>
          <Stack gap="md" className={pages.mainCol}>
            <ApplicantsSection version={version} />
            <TimeSection version={version} />
            <FeesSection version={version} />
            <PapersSection version={version} />
            <Section id="ket-qua" title={t('procedure.results')}>
              <List spacing={4}>
                {version.results.map((r) => (
                  <List.Item key={r.name}>{r.name}</List.Item>
                ))}
              </List>
            </Section>
            <StepsSection version={version} />
            <Section id="noi-nop" title={t('procedure.where')}>
              {version.implementingAgency ? (
                <Text mb="sm">{t('procedure.implementing', { name: version.implementingAgency })}</Text>
              ) : null}
              <Text fw={700} mb={4}>
                {t('procedure.channels')}
              </Text>
              <List spacing={4} mb="sm">
                {version.channels.map((c) => (
                  <List.Item key={c.channel}>{t(`procedure.channel.${c.channel}`)}</List.Item>
                ))}
              </List>
              {data.agencies.length ? (
                <>
                  <Text fw={700} mb={4}>
                    {t('procedure.agencies')}
                  </Text>
                  <List spacing={4}>
                    {data.agencies.map((a) => (
                      <List.Item key={a.id}>{a.name}</List.Item>
                    ))}
                  </List>
                </>
              ) : null}
            </Section>
            <LegalSection version={version} />
          </Stack>
        </div>
      )}
    </div>
  );
}

/** The main action, with the three facts people decide on: how long, how much, how online. */
function StartPanel({ procedure }: { procedure: ProcedureData }) {
  const t = useT();
  const { lang } = useLang();
  const version = procedure.currentVersion;
  if (!version) return null;
  const online = procedure.onlineServiceLevel !== null && procedure.agencies.length > 0;
  const fees = version.fees.reduce(
    (acc, f) => ({ min: Math.min(acc.min, f.amount), max: Math.max(acc.max, f.maxAmount ?? f.amount) }),
    { min: Number.POSITIVE_INFINITY, max: 0 },
  );
  const feeText = feeSummaryText(
    version.fees.length === 0 || fees.max === 0
      ? { status: 'free', minAmount: 0, maxAmount: 0, currency: 'VND' }
      : { status: 'paid', minAmount: fees.min, maxAmount: fees.max, currency: 'VND' },
    lang,
  );
  return (
    <aside aria-labelledby="start-title" className={`${pages.panel} ${classes.cta} ${pages.sticky}`}>
      <h2 id="start-title" className={pages.panelTitle}>
        {t('procedure.start.title')}
      </h2>
      <dl className={pages.facts}>
        <div className={pages.fact}>
          <dt>{t('catalogue.time')}</dt>
          <dd>{processingTimeText(version.processingTime, lang)}</dd>
        </div>
        <div className={pages.fact}>
          <dt>{t('catalogue.fee')}</dt>
          <dd>{feeText}</dd>
        </div>
        <div className={pages.fact}>
          <dt>{t('catalogue.filter.online')}</dt>
          <dd>
            {procedure.onlineServiceLevel
              ? onlineLevelLabels[procedure.onlineServiceLevel][lang]
              : t('catalogue.notOnline')}
          </dd>
        </div>
      </dl>
      {online ? (
        <>
          <Button
            component={Link}
            to={submitPath(procedure.code)}
            size="lg"
            fullWidth
            color="flagRed"
            mt="lg"
          >
            {t('procedure.start.button')}
          </Button>
          <Text size="sm" c="dimmed" mt="sm">
            {t('procedure.start.note')}
          </Text>
        </>
      ) : (
        <Alert color="gray" variant="light" mt="md">
          {t('procedure.start.offline')}
        </Alert>
      )}
    </aside>
  );
}
