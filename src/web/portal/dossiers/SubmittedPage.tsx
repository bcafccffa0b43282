import { Button, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useLocation, useParams } from 'react-router';
import { useApi } from '../../api/useApi';
import { useLang, useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { PageLoader } from '../../ui/FaceBoundary';
import { IconCheck } from '../../ui/icons';
import { formatDateTime } from '../../ui/text';
import { useDocTitle } from '../../ui/useDocTitle';
import { type DossierData, documentUrl, getDossier } from '../api/dossiers';
import pages from '../pages.module.css';
import { dossierPath, PORTAL_PATHS, trackPath } from '../paths';
import classes from './dossiers.module.css';

/** `/ho-so-cua-toi/:id/da-nop`: the confirmation after sending, safe to reload (read from the server then). */
export function SubmittedPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { lang } = useLang();
  const passed = (useLocation().state as { dossier?: DossierData } | null)?.dossier;
  const loaded = useApi(
    (signal) => (passed?.id === id ? Promise.resolve(passed) : getDossier(id, signal)),
    id,
  );
  useDocTitle(t('submitted.title'));
  const dossier = loaded.data;
  if (!dossier) return loaded.error ? <ApiErrorAlert error={loaded.error} /> : <PageLoader />;
  const receipt = dossier.documents.find((d) => d.kind === 'receipt');

  return (
    <div className={pages.page}>
      <section className={classes.success} aria-labelledby="submitted-title">
        <span className={classes.successIcon} aria-hidden="true">
          <IconCheck size={34} />
        </span>
        <Title order={1} id="submitted-title" className={classes.successTitle}>
          {t('submitted.title')}
        </Title>
        <Text c="dimmed">{dossier.procedureName ?? dossier.procedureCode}</Text>
        <div className={classes.codeBox}>
          <Text size="sm" fw={600} c="dimmed">
            {t('submitted.codeLabel')}
          </Text>
          <Text className={classes.bigCode} data-testid="dossier-code">
            {dossier.code}
          </Text>
          <CopyButton value={dossier.code}>
            {({ copied, copy }) => (
              <Button variant="subtle" size="compact-sm" onClick={copy}>
                {copied ? t('common.copied') : t('submitted.copy')}
              </Button>
            )}
          </CopyButton>
          <Text size="sm" mt={4}>
            {t('submitted.keepCode')}
          </Text>
        </div>
        <dl className={`${pages.facts} ${classes.successFacts}`}>
          <div className={pages.fact}>
            <dt>{t('dossier.agency')}</dt>
            <dd>{dossier.agency.name}</dd>
          </div>
          <div className={pages.fact}>
            <dt>{t('dossier.submittedAt')}</dt>
            <dd>{formatDateTime(lang, dossier.submittedAt)}</dd>
          </div>
          <div className={pages.fact}>
            <dt>{t('dossier.appointment')}</dt>
            <dd>
              {dossier.appointment ? formatDateTime(lang, dossier.appointment) : t('dossier.awaitingIntake')}
            </dd>
          </div>
        </dl>
        {!dossier.appointment ? (
          <Text size="sm" c="dimmed" maw={560} ta="center">
            {t('submitted.next')}
          </Text>
        ) : null}
        <Stack gap="xs" mt="lg" className={classes.successActions}>
          <Button component={Link} to={dossierPath(dossier.id)} size="md">
            {t('submitted.open')}
          </Button>
          {receipt ? (
            <Button component="a" href={documentUrl(dossier.id, receipt.id)} variant="light" size="md">
              {t('submitted.receipt')}
            </Button>
          ) : null}
          <Group justify="center" gap="md">
            <Button component={Link} to={PORTAL_PATHS.myDossiers} variant="subtle">
              {t('portal.nav.myDossiers')}
            </Button>
            <Button component={Link} to={trackPath(dossier.code)} variant="subtle">
              {t('portal.nav.track')}
            </Button>
          </Group>
        </Stack>
      </section>
    </div>
  );
}
