import { Alert, Anchor, Skeleton, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { NATIONAL_STATUS } from '../../../contracts/dossier-workflow';
import { useApi } from '../../api/useApi';
import { type MessageKey, useLang, useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { EformReadOnly } from '../../ui/eform/EformReadOnly';
import { NotFoundPage } from '../../ui/StatusPage';
import { formatDateTime } from '../../ui/text';
import { useDocTitle } from '../../ui/useDocTitle';
import { getProcedure } from '../api/catalog';
import { attachmentUrl, type DossierData, documentUrl, getDossier } from '../api/dossiers';
import { DossierFeedback } from '../feedback/DossierFeedback';
import { fileSize } from '../file-size';
import { PageHead } from '../PageHead';
import pages from '../pages.module.css';
import { PORTAL_PATHS } from '../paths';
import { FeePanel } from '../payment/FeePanel';
import { DossierPickup } from '../pickup/DossierPickup';
import { Tag } from '../Tag';
import { SupplementPanel, WithdrawButton } from './DossierActions';
import { DossierTimeline } from './DossierTimeline';
import classes from './dossiers.module.css';
import { StatusBadge } from './StatusBadge';

/** `/ho-so-cua-toi/:id`: where the dossier is, what came of it, and what the person may do now. */
export function DossierPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { lang } = useLang();
  const loaded = useApi((signal) => getDossier(id, signal), id);
  const [dossier, setDossier] = useState<DossierData | null>(null);
  // What the person just did, said back to them (the page itself changes quietly otherwise).
  const [notice, setNotice] = useState<MessageKey | null>(null);
  const changed = (key: MessageKey) => (next: DossierData) => {
    setDossier(next);
    setNotice(key);
    window.scrollTo({ top: 0 });
  };
  useEffect(() => setDossier(loaded.data), [loaded.data]);
  const code = dossier?.procedureCode ?? '';
  // Labels of the form come from the catalogue (the version in force).
  const procedure = useApi((signal) => (code ? getProcedure(code, signal) : Promise.resolve(null)), code);
  useDocTitle(dossier ? t('dossier.docTitle', { code: dossier.code }) : t('portal.nav.myDossiers'));

  if (loaded.error?.status === 404 || loaded.error?.status === 403) return <NotFoundPage />;
  const crumbs = [{ to: PORTAL_PATHS.myDossiers, label: t('portal.nav.myDossiers') }];
  if (!dossier)
    return (
      <div className={pages.page}>
        <PageHead title={t('portal.nav.myDossiers')} crumbs={crumbs} />
        {loaded.error ? <ApiErrorAlert error={loaded.error} /> : <Skeleton height={300} radius="md" />}
      </div>
    );

  const version = procedure.data?.currentVersion ?? null;
  const canWithdraw = dossier.allowedActions.includes('withdraw');
  const canSupplement = dossier.allowedActions.includes('complete_supplement');
  const national = NATIONAL_STATUS[dossier.nationalStatus];
  const fact = (label: string, value: string) => (
    <div className={pages.fact}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );

  return (
    <div className={pages.page}>
      <PageHead
        eyebrow={t('dossier.eyebrow')}
        title={<span className={pages.code}>{dossier.code}</span>}
        lead={dossier.procedureName ?? dossier.procedureCode}
        crumbs={crumbs}
      />
      <div className={pages.twoCols}>
        <aside className={`${pages.asideCol} ${pages.panel}`} aria-labelledby="status-title">
          <h2 id="status-title" className={pages.panelTitle}>
            {t('dossier.status')}
          </h2>
          <StatusBadge state={dossier.status} size="lg" />
          {national ? (
            <Text size="xs" c="dimmed" mt={6}>
              {t('dossier.national', { code: dossier.nationalStatus, name: national[lang] })}
            </Text>
          ) : null}
          <dl className={`${pages.facts} ${classes.asideFacts}`}>
            {fact(
              dossier.endedAt ? t('dossier.endedAt') : t('dossier.appointment'),
              dossier.endedAt
                ? formatDateTime(lang, dossier.endedAt)
                : dossier.appointment
                  ? formatDateTime(lang, dossier.appointment)
                  : t('dossier.awaitingIntake'),
            )}
            {fact(t('dossier.agency'), dossier.agency.name)}
            {fact(t('dossier.submittedAt'), formatDateTime(lang, dossier.submittedAt))}
            {dossier.receivedAt
              ? fact(t('dossier.receivedAt'), formatDateTime(lang, dossier.receivedAt))
              : null}
            {dossier.verdict ? fact(t('dossier.verdict'), t(`dossier.verdict.${dossier.verdict}`)) : null}
          </dl>
          {canWithdraw ? (
            <div className={classes.asideAction}>
              <WithdrawButton dossier={dossier} onChanged={changed('dossier.withdrawn')} />
            </div>
          ) : null}
        </aside>
        <Stack gap="md" className={pages.mainCol}>
          {notice ? (
            <Alert
              color="teal"
              variant="light"
              role="status"
              withCloseButton
              onClose={() => setNotice(null)}
              closeButtonLabel={t('common.close')}
            >
              {t(notice)}
            </Alert>
          ) : null}
          {canSupplement ? (
            version ? (
              <SupplementPanel
                dossier={dossier}
                papers={version.documents}
                onChanged={changed('dossier.supplement.sent')}
              />
            ) : (
              <Skeleton height={160} radius="md" />
            )
          ) : null}
          <section className={pages.panel} aria-labelledby="documents-title">
            <h2 id="documents-title" className={pages.panelTitle}>
              {t('dossier.documents')}
            </h2>
            {dossier.documents.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('dossier.documents.none')}
              </Text>
            ) : (
              <ul className={classes.files}>
                {dossier.documents.map((d) => (
                  <li key={d.id}>
                    <Anchor href={documentUrl(dossier.id, d.id)} fw={600}>
                      {d.name[lang]}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {t('dossier.pdf')} · {formatDateTime(lang, d.createdAt)}
                      {d.signed ? (
                        <Tag size="xs" color="teal" variant="light">
                          {t('dossier.signed')}
                        </Tag>
                      ) : null}
                    </Text>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <DossierPickup dossier={dossier} />
          <FeePanel dossierId={dossier.id} />
          <DossierFeedback dossier={dossier} />
          <section className={pages.panel} aria-labelledby="history-title">
            <h2 id="history-title" className={pages.panelTitle}>
              {t('dossier.history')}
            </h2>
            <DossierTimeline history={dossier.history} />
          </section>
          <section className={pages.panel} aria-labelledby="attachments-title">
            <h2 id="attachments-title" className={pages.panelTitle}>
              {t('dossier.attachments')}
            </h2>
            {dossier.attachments.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('dossier.attachments.none')}
              </Text>
            ) : (
              <ul className={classes.files}>
                {dossier.attachments.map((a) => (
                  <li key={a.id}>
                    <Text size="sm">{a.title}</Text>
                    <Anchor href={attachmentUrl(dossier.id, a.id)} size="sm" fw={600}>
                      {a.filename}
                    </Anchor>
                    <Text span size="xs" c="dimmed">
                      {' '}
                      · {fileSize(a.size, lang)}
                      {a.reused ? ` · ${t('papers.fromStore')}` : ''}
                    </Text>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className={pages.panel} aria-labelledby="form-title">
            <h2 id="form-title" className={pages.panelTitle}>
              {t('dossier.form')}
            </h2>
            {version ? (
              <EformReadOnly eform={version.eform} data={dossier.formData} headingLevel={3} />
            ) : procedure.error ? (
              <Alert color="gray" variant="light">
                {t('dossier.form.unavailable')}
              </Alert>
            ) : (
              <Skeleton height={120} />
            )}
          </section>
        </Stack>
      </div>
    </div>
  );
}
