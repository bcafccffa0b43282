import { Alert, Badge, List, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useLang } from '../../i18n';
import { formatDateTime } from '../../ui/text';
import type { DocumentReport, SignatureReport } from './api';
import { useVerifyT, type VerifyKey } from './messages';
import css from './verify.module.css';

const DARK_ORANGE = '#a34700';

/**
 * DSS indication → colour: green passes, red fails, orange cannot be decided (e.g. untrusted root). Dark
 * shades, so white text on them keeps a 4.5:1 contrast (WCAG AA).
 */
export const INDICATION_COLOUR = {
  TOTAL_PASSED: 'teal.9',
  TOTAL_FAILED: 'red.9',
  INDETERMINATE: DARK_ORANGE,
} as const;

const CHECK_COLOUR = {
  PASSED: 'teal.9',
  FAILED: 'red.9',
  INDETERMINATE: DARK_ORANGE,
  WARNING: '#7a5c00',
} as const;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={css.fact}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A message in the reader's language, the other language beneath it (both are official here). */
function Both({ vi, en }: { vi: string; en: string }) {
  const { lang } = useLang();
  return (
    <>
      <span>{lang === 'vi' ? vi : en}</span>
      <span className={css.otherLang} lang={lang === 'vi' ? 'en' : 'vi'}>
        {lang === 'vi' ? en : vi}
      </span>
    </>
  );
}

function levelKey(format: string): VerifyKey | null {
  if (format.endsWith('BASELINE-T')) return 'verify.level.B-T';
  if (format.endsWith('BASELINE-B')) return 'verify.level.B-B';
  return null;
}

function SignatureCard({ s, n }: { s: SignatureReport; n: number }) {
  const t = useVerifyT();
  const { lang } = useLang();
  const dt = (iso: string) => formatDateTime(lang, iso);
  const cert = s.signedBy;
  const level = levelKey(s.signatureFormat);
  const time = s.timestamp?.valid
    ? t('verify.time.timestamp', { time: dt(s.timestamp.time) })
    : s.claimedSigningTime
      ? t('verify.time.claimed', { time: dt(s.claimedSigningTime) })
      : dt(s.bestSignatureTime);
  const disallowed = s.modifications.changes.filter((c) => !c.allowed);
  const allowed = s.modifications.changes.filter((c) => c.allowed);
  const titleId = `sig-${n}-title`;
  return (
    <section
      className={css.signature}
      data-indication={s.indication}
      aria-labelledby={titleId}
      data-testid="signature-report"
    >
      <div className={css.signatureHead}>
        <Title order={3} id={titleId} className={css.signatureTitle}>
          {t('verify.signature', { n })}
          {cert?.commonName ? ` — ${cert.commonName}` : ''}
        </Title>
        <Badge size="lg" color={INDICATION_COLOUR[s.indication]} variant="filled" data-testid="indication">
          {t(`verify.indication.${s.indication}`)}
        </Badge>
      </div>
      {s.subIndication ? (
        <Text size="xs" c="dimmed" mb="xs">
          {s.subIndication}
        </Text>
      ) : null}

      {s.errors.length ? (
        <Alert
          color="red"
          variant="light"
          title={t('verify.errors')}
          classNames={{ title: css.errTitle }}
          mb="sm"
        >
          <List size="sm" spacing={4}>
            {s.errors.map((e) => (
              <List.Item key={e.en}>
                <Both {...e} />
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {disallowed.length ? (
        <Alert color="red.9" variant="filled" title={t('verify.modified')} mb="sm" data-testid="modified">
          <List size="sm" spacing={4}>
            {disallowed.map((c) => (
              <List.Item key={`${c.page}-${c.en}`}>
                <Both vi={c.vi} en={c.en} />
                {c.page !== null ? ` (${t('verify.modified.page', { page: c.page })})` : ''}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {s.warnings.length ? (
        <Alert
          color="orange"
          variant="light"
          title={t('verify.warnings')}
          classNames={{ title: css.warnTitle }}
          mb="sm"
        >
          <List size="sm" spacing={4}>
            {s.warnings.map((w) => (
              <List.Item key={w.en}>
                <Both {...w} />
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}

      <dl className={css.facts}>
        <Fact label={t('verify.signer')}>{cert?.commonName ?? cert?.subject ?? '—'}</Fact>
        <Fact label={t('verify.organization')}>{cert?.organization ?? '—'}</Fact>
        <Fact label={t('verify.time')}>{time}</Fact>
        <Fact label={t('verify.level')}>
          {level ? t(level) : s.signatureFormat}
          <span className={css.code}> · {s.signatureFormat}</span>
        </Fact>
        {cert ? (
          <>
            <Fact label={t('verify.issuer')}>{cert.issuer}</Fact>
            <Fact label={t('verify.serial')}>
              <span className={css.code}>{cert.serialNumber}</span>
            </Fact>
            <Fact label={t('verify.validity')}>
              {t('verify.validity.range', { from: dt(cert.notBefore), to: dt(cert.notAfter) })}
            </Fact>
          </>
        ) : null}
        <Fact label={t('verify.chain')}>
          <ol className={css.chain}>
            {s.chain.map((c) => (
              <li key={`${c.subject}-${c.serialNumber}`}>{c.subject}</li>
            ))}
          </ol>
          <Text size="sm" c={s.trustAnchor ? 'teal.9' : 'orange.9'} fw={600}>
            {s.trustAnchor
              ? t('verify.chain.anchor', { subject: s.trustAnchor.subject })
              : t('verify.chain.untrusted')}
          </Text>
        </Fact>
        <Fact label={t('verify.revocation')}>
          {!s.revocation
            ? t('verify.revocation.none')
            : s.revocation.status === 'good'
              ? t('verify.revocation.good', {
                  source: s.revocation.source ?? '—',
                  time: s.revocation.issuedAt ? dt(s.revocation.issuedAt) : '—',
                })
              : s.revocation.status === 'revoked'
                ? t('verify.revocation.revoked', {
                    source: s.revocation.source ?? '—',
                    time: s.revocation.revokedAt ? dt(s.revocation.revokedAt) : '—',
                  })
                : t('verify.revocation.unknown')}
        </Fact>
        <Fact label={t('verify.timestamp')}>
          {!s.timestamp
            ? t('verify.timestamp.none')
            : s.timestamp.valid
              ? t('verify.timestamp.ok', { time: dt(s.timestamp.time), tsa: s.timestamp.tsa ?? '—' })
              : t('verify.timestamp.bad', { time: dt(s.timestamp.time) })}
        </Fact>
        <Fact label={t('verify.coverage')}>{t(`verify.coverage.${s.coverage}`)}</Fact>
        {s.reason ? <Fact label={t('verify.reason')}>{s.reason}</Fact> : null}
        {allowed.length ? (
          <Fact label={t('verify.modified.allowed')}>
            <List size="sm" spacing={2}>
              {allowed.map((c) => (
                <List.Item key={`${c.page}-${c.en}`}>
                  <Both vi={c.vi} en={c.en} />
                </List.Item>
              ))}
            </List>
          </Fact>
        ) : null}
      </dl>

      <details className={css.checks}>
        <summary>{t('verify.checks')}</summary>
        <ul>
          {s.checks.map((c) => (
            <li key={c.id}>
              <Badge size="sm" variant="filled" color={CHECK_COLOUR[c.status]} className={css.checkBadge}>
                {t(`verify.check.${c.status}`)}
              </Badge>
              <span className={css.checkText}>
                <Both vi={c.vi} en={c.en} />
              </span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/** The verdict of the whole file, then one card per signature in signing order. */
export function ReportView({ report, heading }: { report: DocumentReport; heading?: string }) {
  const t = useVerifyT();
  const { lang } = useLang();
  const none = report.signatureCount === 0;
  const worst = report.signatures.some((s) => s.indication === 'TOTAL_FAILED')
    ? 'TOTAL_FAILED'
    : 'INDETERMINATE';
  const colour = none ? 'gray' : report.valid ? INDICATION_COLOUR.TOTAL_PASSED : INDICATION_COLOUR[worst];
  return (
    <div className={css.report}>
      {heading ? (
        <Title order={2} className={css.sectionTitle}>
          {heading}
        </Title>
      ) : null}
      <Alert
        color={colour}
        variant={none ? 'light' : 'filled'}
        role="status"
        data-testid="verdict"
        data-valid={report.valid}
        title={
          none
            ? t('verify.summary.none')
            : report.valid
              ? t('verify.summary.valid', { n: report.signatureCount })
              : t('verify.summary.invalid')
        }
      >
        {none
          ? t('verify.summary.noneHelp')
          : t('verify.summary.count', {
              n: report.signatureCount,
              revisions: report.revisions,
              time: formatDateTime(lang, report.validatedAt),
            })}
      </Alert>
      {report.unsignedTail && !none ? (
        <Alert color="orange" variant="light" mt="sm">
          {t('verify.summary.tail')}
        </Alert>
      ) : null}
      {report.signatures.map((s, i) => (
        <SignatureCard key={s.fieldName} s={s} n={i + 1} />
      ))}
    </div>
  );
}
