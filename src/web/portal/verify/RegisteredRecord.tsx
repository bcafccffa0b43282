import { Alert, Anchor, Badge, List, Title } from '@mantine/core';
import { Link } from 'react-router';
import { signingStepLabels } from '../../../contracts/signing';
import { useLang } from '../../i18n';
import { formatDateTime } from '../../ui/text';
import type { RegisteredDocument } from './api';
import { useVerifyT } from './messages';
import css from './verify.module.css';

/** Dark shades: white text on them keeps a 4.5:1 contrast. */
const STATUS_COLOUR = {
  awaiting_signature: 'gray.7',
  signed: 'teal.9',
  revoked: 'red.9',
  superseded: '#a34700',
} as const;

/** What the issuing agency registered: who issued it, when, and whether it still stands. */
export function RegisteredRecord({
  doc,
  fileUrl,
}: {
  doc: RegisteredDocument;
  fileUrl?: string | undefined;
}) {
  const t = useVerifyT();
  const { lang } = useLang();
  const dt = (iso: string) => formatDateTime(lang, iso);
  const titleId = `record-${doc.id}`;
  return (
    <section className={css.record} aria-labelledby={titleId} data-testid="registered-record">
      <div className={css.signatureHead}>
        <Title order={2} id={titleId} className={css.sectionTitle}>
          {t('verify.record.title')}
        </Title>
        <Badge size="lg" color={STATUS_COLOUR[doc.status]} data-testid="record-status">
          {t(`verify.record.status.${doc.status}`)}
        </Badge>
      </div>
      {doc.status === 'revoked' ? (
        <Alert color="red.9" variant="filled" mb="sm">
          {t('verify.record.revoked', {
            time: doc.revokedAt ? dt(doc.revokedAt) : '—',
            reason: doc.revocationReason ?? '—',
          })}
        </Alert>
      ) : null}
      {doc.status === 'superseded' ? (
        <Alert color="orange" variant="light" mb="sm">
          {t('verify.record.superseded')}
        </Alert>
      ) : null}
      <dl className={css.facts}>
        <div className={css.fact}>
          <dt>{t('verify.record.kind')}</dt>
          <dd>{t(`verify.record.kind.${doc.kind}`)}</dd>
        </div>
        <div className={css.fact}>
          <dt>{t('verify.record.titleLabel')}</dt>
          <dd>{doc.title}</dd>
        </div>
        {doc.documentNumber ? (
          <div className={css.fact}>
            <dt>{t('verify.record.number')}</dt>
            <dd>{doc.documentNumber}</dd>
          </div>
        ) : null}
        <div className={css.fact}>
          <dt>{t('verify.record.agency')}</dt>
          <dd>
            {doc.agency.name ?? '—'}
            {doc.agency.orgId ? <span className={css.code}> · {doc.agency.orgId}</span> : null}
          </dd>
        </div>
        <div className={css.fact}>
          <dt>{doc.issuedAt ? t('verify.record.issuedAt') : t('verify.record.registeredAt')}</dt>
          <dd>{dt(doc.issuedAt ?? doc.registeredAt)}</dd>
        </div>
        {doc.signatures.length ? (
          <div className={css.fact}>
            <dt>{t('verify.record.signatures')}</dt>
            <dd>
              <List size="sm" spacing={2}>
                {doc.signatures.map((s) => (
                  <List.Item key={`${s.step}-${s.signingTime}`}>
                    {t('verify.record.signature', {
                      step: signingStepLabels[s.step][lang],
                      who: s.signedBy ?? doc.agency.name ?? '—',
                      time: dt(s.signingTime),
                      level: s.level,
                    })}
                  </List.Item>
                ))}
              </List>
            </dd>
          </div>
        ) : null}
      </dl>
      {fileUrl ? (
        <Anchor href={fileUrl} target="_blank" rel="noopener" fw={600} mt="sm" display="inline-block">
          {t('verify.record.download')}
        </Anchor>
      ) : (
        <Anchor component={Link} to={doc.verificationPath} fw={600} mt="sm" display="inline-block">
          {t('verify.record.open')}
        </Anchor>
      )}
    </section>
  );
}
